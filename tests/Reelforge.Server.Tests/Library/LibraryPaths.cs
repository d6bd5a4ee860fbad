namespace Reelforge.Server.Tests.Library;

/// <summary>The files <see cref="LibraryMedia"/> made (absolute paths).</summary>
public sealed record LibraryPaths(string Ocean, string Traffic, string Sunset, string SunsetCopy, string Mountain, string Broken);
