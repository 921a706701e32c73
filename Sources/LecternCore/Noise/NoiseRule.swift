/// Why a line counts as page chrome rather than document text.
public enum NoiseRule: String, Sendable, Codable, CaseIterable {
    /// "第3页 / 共11页", "…docx_第2页", "- 3 -"
    case pageMarker = "page-marker"
    /// A line that is only a file name: "县长在干部述职评议会议上的讲话.docx"
    case fileName = "file-name"
    /// Uploader, document number, upload time, format and size fields.
    case uploadMetadata = "upload-metadata"
    /// Menus and buttons: 下载 相关 举报, 点击查看更多>>, 展开阅读全文, 上一篇/下一篇, 打印本页…
    case toolbar
    /// "由会员分享,可在线阅读…", "试读结束…": sharing-site and paywall boilerplate.
    case siteBoilerplate = "site-boilerplate"
    /// 当前位置:首页 > …
    case breadcrumb
    /// copyright@…, 版权所有, ICP备…, 公网安备…
    case legal
    /// The title repeated before the text; one copy stays as the speech title.
    case repeatedTitle = "repeated-title"
    /// 来源：… 时间：… 阅读量： 点击数： and their values, near the text's edges.
    case pageMetadata = "page-metadata"
    /// Headlines linking to other pages, each with its date: "…[06-01]".
    case linkList = "link-list"
    /// CSS or HTML left in the text by a scraper.
    case markupDebris = "markup-debris"
    /// Before the document's title block, with chrome after it: a site's menus, headlines and banners.
    case pageHead = "page-head"
    /// After the document's last text, from the first chrome line on: footers, links, contact lines.
    case pageTail = "page-tail"
    /// A printed page's number at its top or bottom: "— 3 —", "-3-", "第3页 共12页", "3/12" (paged sources only).
    case pageNumber = "page-number"
    /// A line repeated at the same edge of many printed pages: a running head or foot (paged sources only).
    case runningHead = "running-head"

    public var explanation: String {
        switch self {
        case .pageMarker: return "page marker"
        case .fileName: return "file name line"
        case .uploadMetadata: return "upload metadata"
        case .toolbar: return "site menu or button"
        case .siteBoilerplate: return "sharing-site boilerplate"
        case .breadcrumb: return "site breadcrumb"
        case .legal: return "copyright or licence line"
        case .repeatedTitle: return "repeated title"
        case .pageMetadata: return "page metadata"
        case .linkList: return "list of links"
        case .markupDebris: return "CSS or HTML debris"
        case .pageHead: return "page chrome before the title"
        case .pageTail: return "page chrome after the text"
        case .pageNumber: return "page number"
        case .runningHead: return "running head or foot"
        }
    }
}
