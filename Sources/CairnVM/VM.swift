import WasmKit
import WasmParser
import CairnState
