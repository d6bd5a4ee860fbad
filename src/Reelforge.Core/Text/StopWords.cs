namespace Reelforge.Core.Text;

/// <summary>Words too common to be search terms (English, Spanish) and Chinese function characters.</summary>
internal static class StopWords
{
    public static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "around", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does",
        "doing", "down", "during", "each", "even", "every", "ever", "few", "for", "from", "further", "get", "gets", "got", "had", "has",
        "have", "having", "he", "her", "here", "hers", "him", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its",
        "itself", "just", "know", "like", "made", "make", "makes", "many", "may", "me", "might", "more", "most", "much", "must", "my",
        "never", "new", "no", "nor", "not", "now", "of", "off", "often", "on", "once", "one", "only", "or", "other", "our", "out",
        "over", "own", "really", "same", "see", "she", "should", "so", "some", "still", "such", "than", "that", "the", "their",
        "them", "then", "there", "these", "they", "thing", "things", "this", "those", "through", "to", "too", "under", "until", "up",
        "us", "use", "used", "very", "was", "way", "we", "well", "were", "what", "when", "where", "which", "while", "who", "whom",
        "why", "will", "with", "without", "would", "yet", "you", "your", "yours", "yourself", "two", "three", "first", "last",
        "let", "lets", "today", "every", "people", "time", "day", "days", "year", "years", "don't", "it's", "that's", "can't",
    };

    public static readonly HashSet<string> Spanish = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "al", "algo", "algunos", "ante", "antes", "aquí", "así", "aun", "aún", "bajo", "bien", "cada", "casi", "como", "cómo",
        "con", "contra", "cual", "cuando", "cuándo", "de", "del", "desde", "donde", "dónde", "durante", "e", "el", "él", "ella",
        "ellas", "ellos", "en", "entre", "era", "eran", "es", "esa", "esas", "ese", "eso", "esos", "esta", "está", "están", "estas",
        "este", "esto", "estos", "fue", "fueron", "ha", "hace", "hacen", "hacia", "han", "hasta", "hay", "la", "las", "le", "les",
        "lo", "los", "más", "me", "mi", "mis", "mucho", "muchos", "muy", "nada", "ni", "no", "nos", "nosotros", "nuestra",
        "nuestro", "o", "otra", "otras", "otro", "otros", "para", "pero", "poco", "por", "porque", "puede", "pueden", "que", "qué",
        "quien", "quién", "se", "sea", "según", "ser", "si", "sí", "sido", "siempre", "sin", "sobre", "son", "su", "sus", "también",
        "tan", "tanto", "te", "tiene", "tienen", "todo", "todos", "tras", "tu", "tú", "tus", "un", "una", "unas", "uno", "unos",
        "usted", "y", "ya", "yo", "cada", "día", "días", "vez", "veces", "año", "años", "hoy", "gente", "cosa", "cosas",
    };

    /// <summary>Characters that make a Chinese bigram a poor search term.</summary>
    public static readonly HashSet<char> ChineseFunction =
    [
        '的', '了', '是', '在', '和', '也', '有', '就', '不', '都', '这', '那', '我', '你', '他', '她', '它', '们', '个', '上',
        '下', '中', '一', '与', '及', '而', '之', '其', '被', '把', '让', '从', '到', '对', '会', '能', '要', '很', '更', '最',
        '还', '又', '着', '过', '吗', '呢', '吧', '啊', '每', '些', '什', '么', '为', '以', '于', '所', '如', '可', '得', '地',
    ];

    public static HashSet<string> For(string language) =>
        language.StartsWith("es", StringComparison.OrdinalIgnoreCase) ? Spanish : English;
}
