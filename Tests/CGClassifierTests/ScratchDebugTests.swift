import Foundation
import Testing

@testable import CGClassifier

@Suite("scratch") struct ScratchDebugTests {
    @Test func dump() throws {
        let c = try #require(HateClassifier.loadDefault() as HateClassifier?)
        let lines = (try? String(contentsOfFile: "/tmp/dbg.txt", encoding: .utf8)) ?? ""
        for text in lines.split(separator: "\n").map(String.init) {
            let (p, box, e) = SlurTests.modelScore(c, text)
            let t = e.tokens
            var s = ""
            for i in 0..<t.count { s += "[\(i) f\(t.flags[i]) g\(t.groups[i]) c\(t.cues[i])] " }
            print("DBG \(text) p=\(p) thr=\(box.threshold) lang=\(box.language)")
            print("DBG   \(s)")
            let x = box.expressions, l = box.language
            print("DBG   aff=\(e.affirmsGroup(x, language: l)) close=\(e.speaksOfCloseMember(x, language: l)) acq=\(e.speaksOfAcquaintances(x, language: l)) ev=\(e.reportsGroupEvent(x, language: l)) news=\(e.reportsNewsAboutGroup(x, language: l)) grant=\(e.grantsGroupToo(x, language: l)) thing=\(e.speaksOfGroupThing(x, language: l)) vic=\(e.reportsGroupAsVictim(x, language: l)) refuse=\(e.refusesHarmToGroup(x)) deny=\(e.deniesHostileClaim(x, language: l)) q=\(e.asksPlainQuestion(x, language: l))")
            print("DBG   ins=\(e.insinuatesAboutGroup()) cm=\(e.cueMask) expr=\(e.expressesHatePlainly(box.expressions)) gm=\(e.groupMask) final=\(c.classify(text).score)")
        }
    }
}
