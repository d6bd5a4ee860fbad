namespace Reelforge.Core.Requests;

/// <summary>Order in which library footage is used.</summary>
public enum ClipOrder
{
    Sequential,
    Random,
}
