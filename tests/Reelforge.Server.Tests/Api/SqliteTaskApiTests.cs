namespace Reelforge.Server.Tests.Api;

public sealed class SqliteTaskApiTests(SqliteBackend backend) : TaskApiTests(backend), IClassFixture<SqliteBackend>;
