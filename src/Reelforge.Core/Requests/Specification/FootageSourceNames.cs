namespace Reelforge.Core.Requests.Specification;

/// <summary>Footage source names a request may use besides the stock providers.</summary>
public static class FootageSourceNames
{
    /// <summary>The imported media library.</summary>
    public const string Library = "library";

    /// <summary>The server's uploaded materials (MoneyPrinterTurbo's <c>video_source: local</c>).</summary>
    public const string Uploads = "uploads";
}
