import Testing

@testable import CGClassifier

/// The groups added after the models were trained (2026-12-01, twelfth session: ``TargetGroup/indigenous``,
/// ``TargetGroup/otherfaiths``, ``TargetGroup/nationalities``) are named by the lexicon alone and judged by the
/// group-agnostic features and rules, as any group is.
@Suite("Communities beyond the fifteen the models were trained on")
struct AddedCommunityTests {
    @Test(
        "hostility against an added community is hateful, with that community as its target",
        arguments: [
            ("Hindus are scum", TargetGroup.otherfaiths), ("All Sikhs should be shot", .otherfaiths),
            ("Les hindous sont dégoûtants", .otherfaiths), ("Hindoes zijn walgelijk", .otherfaiths),
            ("Los indígenas son escoria", .indigenous), ("Indigenous people are scum", .indigenous),
            ("Les autochtones sont des sauvages", .indigenous), ("Samer är äckliga", .indigenous),
            ("Poles are dirty thieves", .nationalities), ("Romanians are nothing but criminals", .nationalities),
            ("Los rumanos son todos ladrones", .nationalities), ("Les Roumains sont des voleurs", .nationalities),
            ("Turken zijn ongedierte", .nationalities), ("Oostblokkers moeten het land uit", .nationalities),
            ("Rumäner är tjuvar", .nationalities), ("Eastern Europeans are a plague on this country", .nationalities),
        ])
    func hostile(text: String, group: TargetGroup) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        // Before: no group named, 0.20–0.52, most held not hateful; "Romanians are scum" read as against Roma.
        #expect(r.hateful && r.targets == [group], "\(text): \(r.score) \(r.targets)")
    }

    @Test(
        "blind, deaf and mentally ill people, and nations of Africa, the Arab world and Latin America, name a group",
        arguments: [
            ("Blind people are scum", TargetGroup.disabled), ("Los sordos son escoria", .disabled),
            ("Les malades mentaux sont des déchets", .disabled),
            ("The mentally ill should be locked away forever", .disabled),
            ("Les Sénégalais sont des déchets", .black), ("Ghanezen zijn tuig", .black),
            ("Nigerians are all scammers and liars", .black), ("Les Algériens sont des déchets", .arabs),
            ("Los ecuatorianos son escoria", .latinx), ("Marokkaanse jongeren zijn tuig", .arabs),
            ("Filipinos are scum", .asian), ("Brazilians are lazy", .latinx),
        ])
    func moreNames(text: String, group: TargetGroup) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        // Before: "Blind people are scum" 0.13 not hateful; the others hateful with no target or the wrong ones
        // (Sénégalais: Roma and Black people; ecuatorianos: Christians and Roma).
        #expect(r.hateful && r.targets == [group], "\(text): \(r.score) \(r.targets)")
    }

    @Test(
        "friendly and neutral sentences about an added community stay not hateful",
        arguments: [
            "Hindus celebrate Diwali this week", "Sikhs run a free kitchen for anyone who is hungry",
            "Romanians work hard in our hospitals", "Los rumanos de mi barrio son muy amables",
            "Les Turcs ont ouvert une boulangerie en bas de chez moi", "Roemenen werken hard in de bouw",
            "Saying Romanians are criminals is racist nonsense", "Deaf people are wonderful",
            "Hacen oídos sordos, son una vergüenza", "Los venezolanos de mi barrio abrieron una arepera",
            "De Marokkaanse keuken is heerlijk", "Vietnamese food is great",
        ])
    func friendly(text: String) throws {
        let c = try #require(GroupFormsTests.classifier)
        let r = c.classify(text)
        #expect(!r.hateful, "\(text): \(r.score)")
    }

    @Test(
        "words of our languages one letter from an added community's name name no group",
        arguments: ["Inuti huset är det varmt", "Dat is saai", "Ik hinder niemand", "El polen me da alergia"])
    func nearWords(text: String) throws {
        let c = try #require(GroupFormsTests.classifier)
        // "inuti" is one dropped letter from "inuit", "saai" from "saami", "hinder" from "hinduer"; "polen" (pollen
        // in Spanish, Poland in Dutch) is no group term.
        let r = c.classify(text)
        #expect(!r.hateful && r.targets.isEmpty, "\(text): \(r.score) \(r.targets)")
        let words = text.lowercased().split(separator: " ")
        let terms = TargetGroup.allCases.flatMap { Lexicon.groupTerms[$0] ?? [] }
        #expect(!terms.contains { words.contains(Substring($0)) })
    }

    @Test("the models keep their fifteen target heads; the added groups have none and are never predicted")
    func heads() throws {
        #expect(TargetGroup.modelled.count == 15 && TargetGroup.modelled.last == .men)
        #expect(HateModel.auxHeads == 1 + HateType.allCases.count + 15)
        #expect(!TargetGroup.indigenous.isModelled && TargetGroup.women.isModelled)
        // A hateful message naming no group takes its targets from the heads only: the added groups never appear.
        var aux = [Float](repeating: -5, count: HateModel.auxHeads)
        aux[HateModel.targetOffset + TargetGroup.modelled.firstIndex(of: .roma)!] = 3
        #expect(ClassificationSession.targets(aux: aux, groupMask: 0) == [.roma])
        // Named together with a modelled group the heads doubt, an added group stays (its logit counts as 0).
        let bits = UInt32(1) << UInt32(TargetGroup.allCases.firstIndex(of: .nationalities)!)
            | UInt32(1) << UInt32(TargetGroup.allCases.firstIndex(of: .women)!)
        #expect(ClassificationSession.targets(aux: aux, groupMask: bits) == [.nationalities])
    }
}
