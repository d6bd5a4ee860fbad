using System.Globalization;

namespace Reelforge.Core.Requests.Specification;

/// <summary>
/// Checks every setting a face gave against <see cref="VideoRequestSpecification"/> once, collects every error, and
/// builds the <see cref="VideoRequest"/>. Errors name the face's own fields.
/// </summary>
public static class RequestBuilder
{
    public static VideoRequest Build(RequestInput input, RequestContext context, IRequestResources resources)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(resources);
        var errors = new List<RequestFieldError>(input.Errors);
        var request = new VideoRequest { Scenes = input.Scenes, Topic = input.Topic };
        var accepted = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var setting in VideoRequestSpecification.Settings)
        {
            if (!input.IsSet(setting.Key))
            {
                continue;
            }

            var value = SettingRules.Accept(setting, input.ValueOf(setting.Key)!, context, out var rule);
            if (rule is not null)
            {
                errors.Add(new RequestFieldError(input.FieldOf(setting.Key), rule));
                continue;
            }

            accepted[setting.Key] = value;
        }

        // Defaults first, then what was given, in the specification's order (caption_position before custom_position).
        foreach (var setting in VideoRequestSpecification.Settings)
        {
            if (accepted.TryGetValue(setting.Key, out var value))
            {
                request = setting.Write(request, value);
            }
            else if (setting.Default is not null && setting.Key != "music")
            {
                request = setting.Write(request, setting.Default);
            }
        }

        request = ClipLengths(request, input, accepted, errors);
        request = Footage(request, input, context, resources, accepted);
        if (!accepted.ContainsKey("seed"))
        {
            // Scenes joined by one newline, as every face did before, so a script keeps the video it always had.
            request = request with { Seed = ContentHash.SeedOf(request.Scenes.Count > 0 ? string.Join("\n", request.Scenes.Select(s => s.Text)) : request.Topic ?? string.Empty) };
        }

        request = Music(request, input, resources, accepted, errors);
        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        return request;
    }

    /// <summary>The minimum follows a shorter maximum down when it was not given; given both, the maximum may not be shorter.</summary>
    private static VideoRequest ClipLengths(VideoRequest request, RequestInput input, Dictionary<string, object?> accepted, List<RequestFieldError> errors)
    {
        var footage = request.Footage;
        if (footage.ClipMaxSeconds >= footage.ClipMinSeconds || !accepted.ContainsKey("clip_max"))
        {
            return request;
        }

        if (!accepted.ContainsKey("clip_min"))
        {
            return request with { Footage = footage with { ClipMinSeconds = footage.ClipMaxSeconds } };
        }

        errors.Add(new RequestFieldError(
            input.FieldOf("clip_max"),
            string.Create(CultureInfo.InvariantCulture, $"({footage.ClipMaxSeconds}) must not be less than {input.FieldOf("clip_min")} ({footage.ClipMinSeconds}).")));
        return request;
    }

    private static VideoRequest Footage(VideoRequest request, RequestInput input, RequestContext context, IRequestResources resources, Dictionary<string, object?> accepted)
    {
        var directories = new List<string>(input.FootageDirectories);
        if (accepted.TryGetValue("footage", out var given))
        {
            if (((IReadOnlyList<string>)given!).Contains(FootageSourceNames.Uploads) && resources.UploadsDirectory is { } uploads)
            {
                directories.Add(uploads);
            }
        }
        else if (directories.Count == 0)
        {
            // Every configured source: the keyed stock providers and the library; procedural backgrounds fill the rest.
            request = request with { Footage = request.Footage with { StockSources = context.DefaultFootage, EveryConfiguredSource = true } };
        }

        return request with { Footage = request.Footage with { Directories = directories } };
    }

    private static VideoRequest Music(VideoRequest request, RequestInput input, IRequestResources resources, Dictionary<string, object?> accepted, List<RequestFieldError> errors)
    {
        var name = accepted.TryGetValue("music", out var value) ? (string)value! : MusicSettings.Random;
        switch (name.ToLowerInvariant())
        {
            case MusicSettings.None:
                return request with { Music = request.Music with { None = true, File = null } };
            case MusicSettings.Random:
                return request with { Music = request.Music with { None = false, File = resources.PickMusic(request.Seed) } };
            default:
                var file = resources.ResolveMusic(name, out var rule);
                if (file is null)
                {
                    errors.Add(new RequestFieldError(input.FieldOf("music"), rule ?? $"names no track: '{name}'."));
                    return request;
                }

                return request with { Music = request.Music with { None = false, File = file } };
        }
    }
}
