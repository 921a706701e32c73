/// Walks of every open file's reader that read each one where it lies. A reader is a large value (its index, tree,
/// folds, marks, search and annotations): `for reader in readers`, `readers.contains { … }`, even a closure given
/// `readers[i]`, copy each reader they visit and retain every reference it holds, and a folder's thousands of files
/// paid that on every frame. These hand each reader's address instead; read only stored properties through
/// `pointee` (a computed one is given a copy of the whole reader).
extension [DocumentReader] {
    /// True when `test` holds for some reader.
    func containsInPlace(_ test: (UnsafePointer<DocumentReader>) -> Bool) -> Bool {
        firstInPlace { _, reader in test(reader) ? true : nil } ?? false
    }

    /// The first non-nil `value` of a reader, given its file index, in file order.
    func firstInPlace<T>(_ value: (Int, UnsafePointer<DocumentReader>) -> T?) -> T? {
        withUnsafeBufferPointer { readers in
            guard let first = readers.baseAddress else { return nil }
            for i in readers.indices { if let found = value(i, first + i) { return found } }
            return nil
        }
    }

    /// `value` of each reader, in file order.
    func mapInPlace<T>(_ value: (UnsafePointer<DocumentReader>) -> T) -> [T] {
        withUnsafeBufferPointer { readers in
            guard let first = readers.baseAddress else { return [] }
            return readers.indices.map { value(first + $0) }
        }
    }

    /// The sum of `value` over the readers, given each one's file index.
    func sumInPlace(_ value: (Int, UnsafePointer<DocumentReader>) -> Int) -> Int {
        withUnsafeBufferPointer { readers in
            guard let first = readers.baseAddress else { return 0 }
            var sum = 0
            for i in readers.indices { sum += value(i, first + i) }
            return sum
        }
    }
}
