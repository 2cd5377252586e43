using System.Text;

namespace Analytics.Ingest.Text.Encodings;

/// <summary>Windows-1258 text that was read as Windows-1252/Latin-1: the five tone marks are combining
/// bytes (0xCC grave, 0xEC acute, 0xDE tilde, 0xD2 hook, 0xF2 dot) and ă, đ, ơ, ư have their own bytes.
/// Decoding maps them back and composes to NFC ("Tr??ng" style damage is not recoverable and is left).</summary>
public static class Cp1258Decoder
{
    private static readonly Dictionary<char, char> Map = new()
    {
        ['Ì'] = '\u0300', ['ì'] = '\u0301', ['Þ'] = '\u0303', ['Ò'] = '\u0309', ['ò'] = '\u0323',
        ['Ã'] = 'Ă', ['ã'] = 'ă', ['Ð'] = 'Đ', ['ð'] = 'đ', ['Õ'] = 'Ơ', ['õ'] = 'ơ', ['Ý'] = 'Ư', ['ý'] = 'ư',
    };

    public static bool IsCode(char c) => Map.ContainsKey(c);

    public static string Decode(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text) builder.Append(Map.TryGetValue(c, out var m) ? m : c);
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
