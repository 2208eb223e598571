import Foundation

/// Trains a ``HateModel``: hashed features, logistic heads fitted with AdaGrad, int8 quantisation,
/// then Platt calibration and a threshold chosen on a calibration slice of the training data (or on dev). Deterministic for a given seed.
public enum Trainer {
    /// Trains one language's model.
    public static func train(
        train: [LabeledExample], dev: [LabeledExample], calibration: [LabeledExample]? = nil, language: Language,
        version: String, trainedOn: [String], options: TrainingOptions = TrainingOptions(), log: (String) -> Void = { _ in }
    ) -> (HateModel, TrainingReport) {
        let extractor = FeatureExtractor(unigramOnly: options.unigramOnly)
        var flat: [UInt64] = []
        var offsets: [Int] = [0]
        for ex in train {
            extractor.extract(ex.text, language: ex.language)
            flat.append(contentsOf: extractor.features)
            offsets.append(flat.count)
        }
        log("features: \(flat.count) over \(train.count) examples")
        let mainSize = 1 << options.mainBits
        let auxSize = 1 << options.auxBits
        let heads = HateModel.auxHeads
        var w = [Float](repeating: 0, count: mainSize)
        var g = [Float](repeating: 1e-6, count: mainSize)
        var bias: Float = 0, gBias: Float = 1e-6
        var aw = [Float](repeating: 0, count: auxSize * heads)
        var ag = [Float](repeating: 1e-6, count: auxSize * heads)
        var abias = [Float](repeating: 0, count: heads)
        var agBias = [Float](repeating: 1e-6, count: heads)

        let nPos = train.reduce(0) { $0 + ($1.hateful ? 1 : 0) }
        let nNeg = train.count - nPos
        let posW = Float(train.count) / Float(2 * max(nPos, 1))
        let negW = Float(train.count) / Float(2 * max(nNeg, 1))
        let vPos = train.reduce(0) { $0 + ($1.violence == true ? 1 : 0) }
        let vAll = train.reduce(0) { $0 + ($1.violence != nil ? 1 : 0) }
        let vPosW = min(Float(vAll) / Float(2 * max(vPos, 1)), 10)
        let vNegW = Float(vAll) / Float(2 * max(vAll - vPos, 1))

        // Averaged runs (`TrainingOptions.averagedRuns`): each run starts from zero with its own shuffling seed;
        // the float weights of the runs are averaged before quantisation. For a linear model that is the
        // ensemble of the runs' logits, which steadies decisions that one shuffle order tips either way.
        let runs = max(options.averagedRuns ?? TrainingOptions.defaultAveragedRuns[language] ?? 1, 1)
        var sumW = [Float](repeating: 0, count: runs > 1 ? mainSize : 0)
        var sumAW = [Float](repeating: 0, count: runs > 1 ? auxSize * heads : 0)
        var sumBias: Float = 0
        var sumABias = [Float](repeating: 0, count: heads)
        var order = Array(0..<train.count)
        let lr = options.learningRate, alr = options.auxLearningRate, l2 = options.l2
        let mask = UInt64(mainSize - 1), amask = UInt64(auxSize - 1)
        var grads = [Float](repeating: 0, count: heads)
        var logits = [Float](repeating: 0, count: heads)
        for run in 0..<runs {
            if run > 0 {
                for j in 0..<mainSize { w[j] = 0; g[j] = 1e-6 }
                for j in 0..<aw.count { aw[j] = 0; ag[j] = 1e-6 }
                for h in 0..<heads { abias[h] = 0; agBias[h] = 1e-6 }
                bias = 0
                gBias = 1e-6
                order = Array(0..<train.count)
            }
            var rng = SeededGenerator(seed: options.seed &+ UInt64(run) &* 0x9E37_79B9_7F4A_7C15)
            for epoch in 0..<options.epochs {
                order.shuffle(using: &rng)
                var loss: Double = 0
                for i in order {
                    let ex = train[i]
                    let lo = offsets[i], hi = offsets[i + 1]
                    if hi == lo { continue }
                    let norm = 1 / Float(hi - lo).squareRoot()
                    // Hatefulness head.
                    var z = bias
                    for k in lo..<hi { z += w[Int(flat[k] & mask)] * norm }
                    let p = 1 / (1 + expf(-z))
                    let y: Float = ex.hateful ? 1 : 0
                    let sw = ex.weight * (ex.hateful ? posW : negW)
                    loss -= Double(sw * (ex.hateful ? logf(max(p, 1e-7)) : logf(max(1 - p, 1e-7))))
                    let gz = (p - y) * sw
                    for k in lo..<hi {
                        let j = Int(flat[k] & mask)
                        let gr = gz * norm + l2 * w[j]
                        g[j] += gr * gr
                        w[j] -= lr * gr / g[j].squareRoot()
                    }
                    gBias += gz * gz
                    bias -= lr * gz / gBias.squareRoot()

                    // Auxiliary heads: only those this example has labels for.
                    let hasType = ex.hateful && ex.type != nil
                    let hasTargets = ex.hateful && ex.targets != nil
                    if ex.violence == nil && !hasType && !hasTargets { continue }
                    for h in 0..<heads { logits[h] = abias[h]; grads[h] = 0 }
                    for k in lo..<hi {
                        let base = Int((flat[k] >> 32) & amask) * heads
                        for h in 0..<heads { logits[h] += aw[base + h] * norm }
                    }
                    if let v = ex.violence {
                        let pv = 1 / (1 + expf(-logits[0]))
                        grads[0] = (pv - (v ? 1 : 0)) * ex.weight * (v ? vPosW : vNegW)
                    }
                    if hasType, let t = ex.type, let ti = HateType.allCases.firstIndex(of: t) {
                        let o = HateModel.typeOffset
                        var mx: Float = -.infinity
                        for k in 0..<HateType.allCases.count { mx = max(mx, logits[o + k]) }
                        var sum: Float = 0
                        for k in 0..<HateType.allCases.count { sum += expf(logits[o + k] - mx) }
                        for k in 0..<HateType.allCases.count {
                            let pk = expf(logits[o + k] - mx) / sum
                            grads[o + k] = (pk - (k == ti ? 1 : 0)) * ex.weight
                        }
                    }
                    if hasTargets, let ts = ex.targets {
                        let o = HateModel.targetOffset
                        for (k, group) in TargetGroup.modelled.enumerated() {
                            let pt = 1 / (1 + expf(-logits[o + k]))
                            let yt: Float = ts.contains(group) ? 1 : 0
                            grads[o + k] = (pt - yt) * ex.weight * (yt > 0 ? 3 : 1)
                        }
                    }
                    for k in lo..<hi {
                        let base = Int((flat[k] >> 32) & amask) * heads
                        for h in 0..<heads where grads[h] != 0 {
                            let j = base + h
                            let gr = grads[h] * norm + l2 * aw[j]
                            ag[j] += gr * gr
                            aw[j] -= alr * gr / ag[j].squareRoot()
                        }
                    }
                    for h in 0..<heads where grads[h] != 0 {
                        agBias[h] += grads[h] * grads[h]
                        abias[h] -= alr * grads[h] / agBias[h].squareRoot()
                    }
                }
                log("epoch \(epoch + 1): weighted loss \(fmt(loss / Double(max(train.count, 1))))")
            }
            if runs > 1 {
                for j in 0..<mainSize { sumW[j] += w[j] }
                for j in 0..<aw.count { sumAW[j] += aw[j] }
                for h in 0..<heads { sumABias[h] += abias[h] }
                sumBias += bias
            }
        }
        if runs > 1 {
            let k = 1 / Float(runs)
            for j in 0..<mainSize { w[j] = sumW[j] * k }
            for j in 0..<aw.count { aw[j] = sumAW[j] * k }
            for h in 0..<heads { abias[h] = sumABias[h] * k }
            bias = sumBias * k
        }

        // Quantise: one scale per head, weights in -127...127.
        let (mq, ms) = quantise(w, stride: 1, head: 0)
        var aq = [Int8](repeating: 0, count: aw.count)
        var ascales = [Float](repeating: 0, count: heads)
        for h in 0..<heads {
            let (q, s) = quantise(aw, stride: heads, head: h)
            ascales[h] = s
            for b in 0..<auxSize { aq[b * heads + h] = q[b] }
        }
        var header = ModelHeader(
            language: language, version: version, mainBits: options.mainBits, auxBits: options.auxBits,
            trainedOn: trainedOn)
        var model = HateModel(
            header: header, mainWeights: mq, mainScale: ms, mainBias: bias, auxWeights: aq, auxScales: ascales,
            auxBiases: abias)

        // Calibrate: Platt scaling and the threshold are fitted on the calibration set when one is given (a
        // slice of training data the weights never saw), else on dev. Metrics are always reported on dev.
        var aux = [Float](repeating: 0, count: heads)
        func scored(_ set: [LabeledExample]) -> (z: [Double], y: [Bool], src: [String], vz: [Double], vy: [Bool]) {
            var out: (z: [Double], y: [Bool], src: [String], vz: [Double], vy: [Bool]) = ([], [], [], [], [])
            for ex in set {
                extractor.extract(ex.text, language: ex.language)
                out.z.append(Double(model.mainLogit(extractor.features)))
                out.y.append(ex.hateful)
                out.src.append(ex.source)
                if let v = ex.violence {
                    model.auxLogits(extractor.features, into: &aux)
                    out.vz.append(Double(aux[0]))
                    out.vy.append(v)
                }
            }
            return out
        }
        let devSet = scored(dev)
        let calSet = calibration.map { scored($0) } ?? devSet
        let (a, b) = calSet.z.count >= 20 ? Calibration.platt(logits: calSet.z, labels: calSet.y) : (1, 0)
        let calProbs = calSet.z.map { sigmoid(a * $0 + b) }
        // The threshold balances corpus macro-F1 and own-sentence macro-F1 on the calibration set (they count
        // equally); the own sentences there are a hash slice the weights did not see.
        let calCorpus = calSet.src.indices.filter { calSet.src[$0] != "synthetic" }
        let calOwn = calSet.src.indices.filter { calSet.src[$0] == "synthetic" }
        let calReport = calCorpus.isEmpty ? Array(calSet.src.indices) : calCorpus
        func objective(_ t: Double) -> Double {
            let c = BinaryMetrics(scores: calReport.map { calProbs[$0] }, labels: calReport.map { calSet.y[$0] }, threshold: t).macroF1
            guard !calOwn.isEmpty, !calCorpus.isEmpty else { return c }
            let o = BinaryMetrics(scores: calOwn.map { calProbs[$0] }, labels: calOwn.map { calSet.y[$0] }, threshold: t).macroF1
            return (c + o) / 2
        }
        var bestT = 0.5, bestF = -1.0
        for step in 35...65 {
            let t = Double(step) / 100
            let f = objective(t)
            // Prefer thresholds near 0.5 on ties so that the probability keeps its plain meaning.
            if f > bestF + 1e-9 || (abs(f - bestF) < 1e-9 && abs(t - 0.5) < abs(bestT - 0.5)) {
                bestF = f
                bestT = t
            }
        }
        header.plattA = a
        header.plattB = b
        header.threshold = bestT
        if calSet.vz.count >= 20 && calSet.vy.contains(true) {
            let (va, vb) = Calibration.platt(logits: calSet.vz, labels: calSet.vy)
            header.violencePlattA = va
            header.violencePlattB = vb
        }
        // Metrics are reported on corpus dev examples (own sentences in dev only help calibration).
        let ys = devSet.y, sources = devSet.src
        let probs = devSet.z.map { sigmoid(a * $0 + b) }
        let corpusIdx = sources.indices.filter { sources[$0] != "synthetic" }
        let reportIdx = corpusIdx.isEmpty ? Array(sources.indices) : corpusIdx
        let reportYs = reportIdx.map { ys[$0] }
        let metrics = BinaryMetrics(scores: reportIdx.map { probs[$0] }, labels: reportYs, threshold: bestT)
        let majority = BinaryMetrics(
            scores: [Double](repeating: reportYs.filter { $0 }.count * 2 > reportYs.count ? 1 : 0, count: reportYs.count),
            labels: reportYs)
        header.metrics = [
            "dev_macro_f1": metrics.macroF1, "dev_accuracy": metrics.accuracy, "dev_ece": metrics.ece,
            "dev_count": Double(reportIdx.count), "train_count": Double(train.count),
            "majority_macro_f1": majority.macroF1,
        ]
        model.header = header

        // Type and target quality on hateful dev examples.
        let classifier = HateClassifier(model: model)
        let session = classifier.makeSession()
        var typeRight = 0, typeN = 0, tgtHit = 0, tgtN = 0
        for ex in dev where ex.hateful {
            let c = session.classify(ex.text, explain: false)
            if let t = ex.type, c.hateful {
                typeN += 1
                if c.type == t { typeRight += 1 }
            }
            if let ts = ex.targets, !ts.isEmpty, c.hateful {
                tgtN += 1
                if c.targets.contains(where: { ts.contains($0) }) { tgtHit += 1 }
            }
        }
        let bySource = BinaryMetrics.bySource(sources) { idx in
            BinaryMetrics(scores: idx.map { probs[$0] }, labels: idx.map { ys[$0] }, threshold: bestT)
        }
        let report = TrainingReport(
            dev: metrics, trainCount: train.count, devCount: reportIdx.count, majorityMacroF1: majority.macroF1,
            typeAccuracy: typeN > 0 ? Double(typeRight) / Double(typeN) : nil,
            targetHitRate: tgtN > 0 ? Double(tgtHit) / Double(tgtN) : nil, bySource: bySource)
        if let t = report.typeAccuracy { model.header.metrics["dev_type_accuracy"] = t }
        if let t = report.targetHitRate { model.header.metrics["dev_target_hit_rate"] = t }
        return (model, report)
    }

    private static func quantise(_ w: [Float], stride: Int, head: Int) -> ([Int8], Float) {
        let n = w.count / stride
        var maxAbs: Float = 0
        for b in 0..<n { maxAbs = max(maxAbs, abs(w[b * stride + head])) }
        let scale = maxAbs > 0 ? maxAbs / 127 : 1
        var q = [Int8](repeating: 0, count: n)
        for b in 0..<n {
            let v = (w[b * stride + head] / scale).rounded()
            q[b] = Int8(max(-127, min(127, v)))
        }
        return (q, scale)
    }
}
