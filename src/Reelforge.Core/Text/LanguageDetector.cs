namespace Reelforge.Core.Text;

/// <summary>
/// Guesses the language of a script from its writing system, and for Latin script from a vote of common
/// words among en/es/fr/de/pt/it. Returns ISO 639-1 codes; "en" when nothing decides.
/// </summary>
public static class LanguageDetector
{
    public const string Default = "en";

    private static readonly (string Language, HashSet<string> Words)[] StopWords =
    [
        ("en", Set("the and is are was were of to in that it with for this you on be have not what they from")),
        ("es", Set("el la los las de que y en es un una por con para del se no muy está como pero más su al lo")),
        ("fr", Set("le la les et est des une un du en que qui pour dans pas sur ce avec je vous il elle au aux")),
        ("de", Set("der die das und ist nicht ein eine zu mit den von ich sie es auf für sich dem auch wir")),
        ("pt", Set("o os a as de que e é um uma não em do da dos das para com se por mais você ao na no")),
        ("it", Set("il lo la di che e è un una non per con del della sono gli le anche ma nel questo")),
    ];

    public static string Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = new Dictionary<WritingScript, int>();
        foreach (var c in text)
        {
            var script = CharacterScript.Of(c);
            if (script != WritingScript.Other)
            {
                counts[script] = counts.GetValueOrDefault(script) + 1;
            }
        }

        if (counts.Count == 0)
        {
            return Default;
        }

        // Japanese mixes kanji with kana; any real share of kana means Japanese
        var kana = counts.GetValueOrDefault(WritingScript.Kana);
        if (kana > 0 && kana * 10 >= counts.GetValueOrDefault(WritingScript.Han))
        {
            return "ja";
        }

        var dominant = counts.MaxBy(pair => pair.Value).Key;
        return dominant switch
        {
            WritingScript.Han => "zh",
            WritingScript.Kana => "ja",
            WritingScript.Hangul => "ko",
            WritingScript.Arabic => "ar",
            WritingScript.Cyrillic => "ru",
            WritingScript.Devanagari => "hi",
            _ => VoteLatin(text),
        };
    }

    private static string VoteLatin(string text)
    {
        var scores = new double[StopWords.Length];
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = token.Trim(".,;:!?¿¡\"'()[]«»“”‘’—-".ToCharArray()).ToLowerInvariant();
            for (var i = 0; i < StopWords.Length; i++)
            {
                if (StopWords[i].Words.Contains(word))
                {
                    scores[i] += 1;
                }
            }
        }

        // letters only one language of the six uses
        foreach (var c in text)
        {
            var hint = char.ToLowerInvariant(c) switch
            {
                'ñ' or '¿' or '¡' => "es",
                'ã' or 'õ' => "pt",
                'ß' or 'ä' or 'ö' => "de",
                'œ' or 'î' or 'û' or 'ë' => "fr",
                'ì' or 'ò' => "it",
                _ => null,
            };
            if (hint is not null)
            {
                scores[Array.FindIndex(StopWords, s => s.Language == hint)] += 2;
            }
        }

        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return scores[best] > 0 ? StopWords[best].Language : Default;
    }

    private static HashSet<string> Set(string words) => new(words.Split(' '), StringComparer.Ordinal);
}
