namespace Reelforge.Server.Studio.Settings;

/// <summary>How a stored key is shown back: its first three and last four characters at most, never the middle.</summary>
public static class SecretMask
{
    public static string Mask(string? secret)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return "";
        }

        return secret.Length <= 8 ? new string('•', secret.Length) : $"{secret[..3]}…{secret[^4..]}";
    }
}
