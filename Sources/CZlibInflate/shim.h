#include <zlib.h>

/// inflateInit2 is a macro; Swift sees this function instead (raw deflate when window_bits is negative).
static inline int lectern_inflate_init(z_stream *stream, int window_bits) {
    return inflateInit2(stream, window_bits);
}
