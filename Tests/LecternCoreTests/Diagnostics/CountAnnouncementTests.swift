import Testing

@testable import LecternCore

@Suite struct CountAnnouncementTests {
    @Test(arguments: [
        ("下面，我讲三点意见：", "讲三点", 3), ("当前组工干部要重点增强以下五种能力:", "以下五种", 5), ("提两点要求", "提两点", 2),
        ("要抓好四个方面的工作", "抓好四个方面", 4), ("我强调十二项任务", "强调十二项", 12), ("说三句话", "说三句话", 3),
    ])
    func findsAnnouncedCounts(text: String, words: String, count: Int) {
        #expect(CountAnnouncement.first(in: text) == CountAnnouncement(text: words, count: count))
    }

    @Test(arguments: ["我提几点要求。", "提高领导班子五种能力", "讲一点体会", "第一阶段的学习", "十六届四中全会", "讲三", "以下"])
    func ignoresProse(text: String) {
        #expect(CountAnnouncement.first(in: text) == nil)
    }
}
