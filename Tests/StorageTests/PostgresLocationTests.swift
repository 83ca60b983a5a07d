import Testing

@testable import PostgresStorage

@Suite struct PostgresLocationTests {
    @Test func aFullURL() throws {
        let location = try #require(
            PostgresLocation(url: "postgres://lt:s%40cret@db.internal:6432/leadtracker_intake?sslmode=require"))
        #expect(location.host == "db.internal")
        #expect(location.port == 6432)
        #expect(location.user == "lt")
        #expect(location.password == "s@cret")
        #expect(location.database == "leadtracker_intake")
        #expect(location.sslMode == "require")
        #expect(!location.redacted.contains("cret"))
    }

    @Test func defaults() throws {
        let location = try #require(PostgresLocation(url: "postgresql://lt@localhost/intake"))
        #expect(location.port == 5432)
        #expect(location.password == nil)
        #expect(location.sslMode == "disable")
    }

    @Test(arguments: [
        "", "sqlite:///tmp/x", "postgres://localhost/db", "postgres://lt@localhost", "postgres://lt@localhost/",
        "postgres://lt@localhost/db?sslmode=allow-anything",
    ])
    func refused(_ url: String) {
        #expect(PostgresLocation(url: url) == nil)
    }

    @Test func placeholdersAreNumberedOutsideQuotes() {
        #expect(
            PostgresPlaceholders.numbered("SELECT * FROM t WHERE a = ? AND b = ?")
                == "SELECT * FROM t WHERE a = $1 AND b = $2")
        #expect(
            PostgresPlaceholders.numbered("SELECT 'a?b', \"c?\" FROM t WHERE x = ?")
                == "SELECT 'a?b', \"c?\" FROM t WHERE x = $1")
        #expect(
            PostgresPlaceholders.numbered("CREATE FUNCTION f() AS $$ SELECT '?' $$; SELECT ?")
                == "CREATE FUNCTION f() AS $$ SELECT '?' $$; SELECT $1")
        #expect(PostgresPlaceholders.numbered("SELECT 1") == "SELECT 1")
    }
}
