import CSQLite

/// A thin wrapper over one sqlite3 connection: prepared statements, blobs in and out, typed errors.
///
/// Kept to what the state database and the blob store need (`package`: shared inside this package only);
/// no C pointer leaves this file.
package final class SQLiteConnection {
    private var handle: OpaquePointer?
    private var statements: [String: OpaquePointer] = [:]

    package init(path: String) throws(StateDatabaseError) {
        var db: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &db, flags, nil)
        guard code == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(db)
            throw .sqlite(code: code, message: "\(path): \(message)")
        }
        handle = db
    }

    deinit { close() }

    package func close() {
        for statement in statements.values { sqlite3_finalize(statement) }
        statements.removeAll()
        if let handle { sqlite3_close(handle) }
        handle = nil
    }

    /// Runs SQL with no parameters and no rows (schema, pragmas, transaction control).
    package func execute(_ sql: String) throws(StateDatabaseError) {
        let db = try open()
        let code = sqlite3_exec(db, sql, nil, nil, nil)
        guard code == SQLITE_OK else { throw error(code) }
    }

    /// `body` in one `BEGIN IMMEDIATE` transaction: committed (durably, as the connection's `synchronous`
    /// setting makes it) when this returns, rolled back if `body` or the commit throws.
    package func transaction(_ body: () throws(StateDatabaseError) -> Void) throws(StateDatabaseError) {
        try execute("BEGIN IMMEDIATE")
        do throws(StateDatabaseError) {
            try body()
            try execute("COMMIT")
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Runs a cached statement with `bindings`, calling `row` for each result row.
    package func run(_ sql: String, _ bindings: [SQLiteValue], row: (SQLiteRow) throws(StateDatabaseError) -> Void = { _ in })
        throws(StateDatabaseError)
    {
        let db = try open()
        let statement = try prepared(sql, db)
        defer {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
        }
        for (index, value) in bindings.enumerated() {
            let position = Int32(index + 1)
            let code: Int32
            switch value {
            case let .integer(n): code = sqlite3_bind_int64(statement, position, n)
            case .null: code = sqlite3_bind_null(statement, position)
            case let .blob(bytes) where bytes.isEmpty:
                // A blob bound from a nil pointer is stored as NULL; an empty value is present, not absent.
                code = sqlite3_bind_zeroblob(statement, position, 0)
            case let .blob(bytes):
                code = bytes.withUnsafeBytes { buffer in
                    sqlite3_bind_blob(statement, position, buffer.baseAddress, Int32(buffer.count), sqliteTransient)
                }
            }
            guard code == SQLITE_OK else { throw error(code) }
        }
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { throw error(code) }
            try row(SQLiteRow(statement: statement))
        }
    }

    private func open() throws(StateDatabaseError) -> OpaquePointer {
        guard let handle else { throw .closed }
        return handle
    }

    private func prepared(_ sql: String, _ db: OpaquePointer) throws(StateDatabaseError) -> OpaquePointer {
        if let statement = statements[sql] { return statement }
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v2(db, sql, -1, &statement, nil)
        guard code == SQLITE_OK, let statement else { throw error(code) }
        statements[sql] = statement
        return statement
    }

    private func error(_ code: Int32) -> StateDatabaseError {
        .sqlite(code: code, message: handle.map { String(cString: sqlite3_errmsg($0)) } ?? "closed")
    }
}

/// A value bound to a statement parameter.
package enum SQLiteValue {
    case integer(Int64)
    case blob([UInt8])
    case null
}

/// The current row of a stepping statement; valid only inside the row callback.
package struct SQLiteRow {
    let statement: OpaquePointer

    package func integer(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }

    /// True when the column is NULL.
    package func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }

    /// The column's bytes, or nil if it is NULL.
    package func blob(_ column: Int32) -> [UInt8]? {
        guard sqlite3_column_type(statement, column) != SQLITE_NULL else { return nil }
        let count = Int(sqlite3_column_bytes(statement, column))
        guard count > 0, let pointer = sqlite3_column_blob(statement, column) else { return [] }
        return Array(UnsafeRawBufferPointer(start: pointer, count: count))
    }
}

/// SQLite's "copy the bytes now" destructor marker.
private let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
