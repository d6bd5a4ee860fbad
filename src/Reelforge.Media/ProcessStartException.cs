using System.ComponentModel;

namespace Reelforge.Media;

/// <summary>
/// ffmpeg or ffprobe exists but the system refused to start it: the argument list was too long, the file is not
/// executable, memory ran out. The message says which, in the system's words and ours; only a missing executable is
/// a <see cref="ToolNotFoundException"/>.
/// </summary>
public sealed class ProcessStartException : Exception
{
    /// <summary>errno values from Linux's execve(2) that Process.Start reports through <see cref="Win32Exception.NativeErrorCode"/>.</summary>
    public const int ArgumentListTooLong = 7;
    public const int PermissionDenied = 13;

    public ProcessStartException(MediaTool tool, string executable, int argumentBytes, Win32Exception innerException)
        : base(BuildMessage(tool, executable, argumentBytes, innerException), innerException)
    {
        ArgumentNullException.ThrowIfNull(innerException);
        Tool = tool;
        Executable = executable;
        ErrorNumber = innerException.NativeErrorCode;
    }

    public MediaTool Tool { get; }

    public string Executable { get; }

    /// <summary>The system's error number (errno on Linux).</summary>
    public int ErrorNumber { get; }

    private static string BuildMessage(MediaTool tool, string executable, int argumentBytes, Win32Exception error)
    {
        var name = tool == MediaTool.Ffmpeg ? "ffmpeg" : "ffprobe";
        var why = error.NativeErrorCode switch
        {
            ArgumentListTooLong => $"the argument list is too long ({argumentBytes:N0} bytes; Linux allows 128 KiB per argument and about 2 MiB in all)",
            PermissionDenied => $"permission denied: '{executable}' is not executable by this user (check its mode and the mount's noexec flag)",
            _ => error.Message,
        };
        return $"{name} could not be started: {why} (error {error.NativeErrorCode}: {error.Message}).";
    }
}
