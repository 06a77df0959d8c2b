using System;
using System.Text;
using System.Text.RegularExpressions;

namespace PartnerCenter.Licenses.Cli.Printing;

/// <summary>
/// Makes text from the server (product names, error bodies, headers) safe to print: a hostile or broken server must not
/// be able to move the cursor, recolour or retitle the terminal, hide text, or break one line into several.
/// </summary>
internal static partial class TerminalText
{
    /// <summary>Cleans <paramref name="text"/>: escape sequences removed, line breaks and tabs become spaces, other control and bidi-override characters removed.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsCleaning(text))
        {
            return text;
        }

        var withoutSequences = EscapeSequence().Replace(text, string.Empty);
        var clean = new StringBuilder(withoutSequences.Length);
        foreach (var character in withoutSequences)
        {
            if (character is '\r' or '\n' or '\t')
            {
                clean.Append(' ');
            }
            else if (!IsUnsafe(character))
            {
                clean.Append(character);
            }
        }

        return clean.ToString();
    }

    /// <summary>Cleans a value that may be absent.</summary>
    public static string? CleanOrNull(string? text) => text is null ? null : Clean(text);

    private static bool NeedsCleaning(string text)
    {
        foreach (var character in text)
        {
            if (IsUnsafe(character))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>C0 and C1 controls (ESC, BEL, CSI U+009B…), and the bidi embedding/override/isolate marks that can reorder what a reader sees.</summary>
    private static bool IsUnsafe(char character)
        => char.IsControl(character) || character is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>CSI (ESC [ or U+009B) up to its final byte; OSC/DCS/PM/APC strings up to their terminator; other two-character ESC sequences.</summary>
    [GeneratedRegex(@"(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]?|(?:\u001B[\]PX^_]|[\u009D\u0090\u0098\u009E\u009F]).*?(?:\u0007|\u001B\\|\u009C|$)|\u001B[\u0020-\u007E]?", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex EscapeSequence();
}
