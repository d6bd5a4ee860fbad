namespace Reelforge.Providers.Footage;

/// <summary>API keys handed out round-robin; a key the provider refuses is set aside until the ring is recreated (one run).</summary>
public sealed class ApiKeyRing
{
    private readonly string[] _keys;
    private readonly HashSet<int> _setAside = [];
    private readonly Lock _lock = new();
    private int _next;

    public ApiKeyRing(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _keys = keys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim()).Distinct(StringComparer.Ordinal).ToArray();
    }

    public int Count => _keys.Length;

    /// <summary>How many keys are still usable.</summary>
    public int Available
    {
        get
        {
            lock (_lock)
            {
                return _keys.Length - _setAside.Count;
            }
        }
    }

    /// <summary>The next usable key, or null when none is left.</summary>
    public string? Next()
    {
        lock (_lock)
        {
            for (var tried = 0; tried < _keys.Length; tried++)
            {
                var index = _next;
                _next = (_next + 1) % _keys.Length;
                if (!_setAside.Contains(index))
                {
                    return _keys[index];
                }
            }

            return null;
        }
    }

    public void SetAside(string key)
    {
        lock (_lock)
        {
            var index = Array.IndexOf(_keys, key);
            if (index >= 0)
            {
                _setAside.Add(index);
            }
        }
    }

    /// <summary>A short label for logs that never reveals the key ("key #2").</summary>
    public string Describe(string key) => $"key #{Array.IndexOf(_keys, key) + 1}";
}
