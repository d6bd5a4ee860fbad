namespace Reelforge.Server.Tests.Api;

public sealed class PostgresServiceApiTests(PostgresBackend backend) : ServiceApiTests(backend), IClassFixture<PostgresBackend>;
