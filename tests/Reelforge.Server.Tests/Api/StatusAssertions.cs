using System.Net;

namespace Reelforge.Server.Tests.Api;

internal static class StatusAssertions
{
    public static void ShouldBeOk(this HttpStatusCode status) => Assert.Equal(HttpStatusCode.OK, status);
}
