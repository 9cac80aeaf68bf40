/// The least-squares line through (year, value) points, read at a later year.
enum Projection {
    /// nil with fewer than two distinct years: one point gives no trend.
    static func value(at year: Int, through points: [(year: Int, value: Double)]) -> Double? {
        guard points.count >= 2 else { return nil }
        let n = Double(points.count)
        let meanX = points.reduce(0) { $0 + Double($1.year) } / n
        let meanY = points.reduce(0) { $0 + $1.value } / n
        var covariance = 0.0, variance = 0.0
        for point in points {
            let dx = Double(point.year) - meanX
            covariance += dx * (point.value - meanY)
            variance += dx * dx
        }
        guard variance > 0 else { return nil }
        return meanY + covariance / variance * (Double(year) - meanX)
    }
}
