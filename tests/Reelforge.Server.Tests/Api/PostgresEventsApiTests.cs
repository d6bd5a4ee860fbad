namespace Reelforge.Server.Tests.Api;

public sealed class PostgresEventsApiTests(PostgresBackend backend) : EventsApiTests(backend), IClassFixture<PostgresBackend>;
