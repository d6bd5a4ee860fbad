namespace Reelforge.Server.Tests.Api;

public sealed class PostgresTaskApiTests(PostgresBackend backend) : TaskApiTests(backend), IClassFixture<PostgresBackend>;
