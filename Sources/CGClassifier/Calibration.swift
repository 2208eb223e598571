import Foundation

/// Probability calibration.
public enum Calibration {
    /// Fits Platt scaling p = sigmoid(a·z + b) by Newton's method on the log-loss, with Platt's target smoothing.
    public static func platt(logits: [Double], labels: [Bool]) -> (a: Double, b: Double) {
        let nPos = Double(labels.filter { $0 }.count)
        let nNeg = Double(labels.count) - nPos
        let tPos = (nPos + 1) / (nPos + 2), tNeg = 1 / (nNeg + 2)
        var a = 1.0, b = 0.0
        for _ in 0..<100 {
            var ga = 0.0, gb = 0.0, haa = 1e-9, hab = 0.0, hbb = 1e-9
            for (z, y) in zip(logits, labels) {
                let p = sigmoid(a * z + b)
                let t = y ? tPos : tNeg
                let d = p - t
                let s = p * (1 - p)
                ga += d * z
                gb += d
                haa += s * z * z
                hab += s * z
                hbb += s
            }
            let det = haa * hbb - hab * hab
            if abs(det) < 1e-12 { break }
            // Damped Newton: nearly separable dev data would otherwise send the slope to infinity.
            let da = max(-2, min(2, (hbb * ga - hab * gb) / det))
            let db = max(-2, min(2, (haa * gb - hab * ga) / det))
            a -= da
            b -= db
            if abs(da) + abs(db) < 1e-9 { break }
        }
        guard a.isFinite, b.isFinite, a > 0 else { return (1, 0) }
        return (min(a, 20), max(-20, min(20, b)))
    }
}
