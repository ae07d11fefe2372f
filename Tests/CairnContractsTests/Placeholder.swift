import Testing
@testable import CairnVM
