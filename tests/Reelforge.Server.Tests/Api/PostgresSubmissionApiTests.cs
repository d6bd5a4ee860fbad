namespace Reelforge.Server.Tests.Api;

public sealed class PostgresSubmissionApiTests(PostgresBackend backend) : SubmissionApiTests(backend), IClassFixture<PostgresBackend>;
