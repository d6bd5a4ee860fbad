namespace Reelforge.Server.Tests.Api;

public sealed class SqliteSubmissionApiTests(SqliteBackend backend) : SubmissionApiTests(backend), IClassFixture<SqliteBackend>;
