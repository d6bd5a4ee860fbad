namespace Reelforge.Server.Tests.Api;

public sealed class SqliteEventsApiTests(SqliteBackend backend) : EventsApiTests(backend), IClassFixture<SqliteBackend>;
