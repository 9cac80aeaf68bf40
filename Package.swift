// swift-tools-version: 6.0
import PackageDescription

// No package dependencies: plan-track is installed on offline networks.
let package = Package(
    name: "plan-track",
    products: [
        .library(name: "PlanTrack", targets: ["PlanTrack"]),
        .executable(name: "plan-track", targets: ["plan-track"]),
    ],
    targets: [
        // The engine's README explains its speed tricks; it is documentation, not a resource.
        .target(name: "PlanTrack", exclude: ["DataInput/Engine/README.md"]),
        .target(name: "PlanTrackCLI", dependencies: ["PlanTrack"]),
        .executableTarget(name: "plan-track", dependencies: ["PlanTrackCLI"]),
        .testTarget(name: "PlanTrackTests", dependencies: ["PlanTrack"], exclude: ["Golden", "Corpus", "Fixtures"]),
        .testTarget(name: "PlanTrackCLITests", dependencies: ["PlanTrackCLI", "PlanTrack"]),
        // The library through its public API only: plain `import PlanTrack`.
        .testTarget(name: "PlanTrackAPITests", dependencies: ["PlanTrack"]),
    ]
)
