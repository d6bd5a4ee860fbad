namespace Reelforge.Server.Tests.Api;

public sealed class SqliteServiceApiTests(SqliteBackend backend) : ServiceApiTests(backend), IClassFixture<SqliteBackend>;
