using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace OpenApiClientGenerator.Naming;

/// <summary>
/// Turns wire names (anything a spec author typed) into valid, stable C# identifiers.
/// Words are split at anything that is not a letter or digit; camel humps inside a word are kept
/// ("workloadCode" → "WorkloadCode"), shouted words are calmed ("HTTP_STATUS" → "HttpStatus").
/// </summary>
internal static class Identifiers
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    public static bool IsKeyword(string name) => Keywords.Contains(name);

    /// <summary>PascalCase, cut to <see cref="TypeNamer.MaxNameLength"/> characters (see <see cref="TypeNamer.Shorten"/>).</summary>
    public static string ToPascalCase(string name, string fallback = "Value")
    {
        var identifier = ToPascalCaseWhole(name, fallback);
        return identifier.Length > TypeNamer.MaxNameLength ? TypeNamer.Shorten(identifier) : identifier;
    }

    /// <summary>PascalCase however long (for names the caller shortens itself, reporting it).</summary>
    public static string ToPascalCaseWhole(string name, string fallback = "Value")
    {
        var builder = new StringBuilder(name.Length);
        foreach (var word in SplitWords(name))
        {
            builder.Append(char.ToUpperInvariant(word[0]));
            if (word.Length > 1)
            {
                var rest = word.Substring(1);
                builder.Append(IsShouted(word) ? rest.ToLowerInvariant() : rest);
            }
        }

        if (builder.Length == 0)
        {
            return fallback;
        }

        // An identifier cannot start with a digit; an underscore keeps the digits readable ("2fa" → "_2fa").
        return char.IsDigit(builder[0]) ? "_" + builder : builder.ToString();
    }

    public static string ToCamelCase(string name, string fallback = "value")
    {
        var pascal = ToPascalCase(name, fallback);
        if (pascal[0] == '_')
        {
            return pascal;
        }

        // Lower the leading run of capitals, keeping the last one when a new word starts after it ("URLPath" → "urlPath").
        var chars = pascal.ToCharArray();
        var i = 0;
        while (i < chars.Length && char.IsUpper(chars[i]))
        {
            if (i > 0 && i + 1 < chars.Length && char.IsLower(chars[i + 1]))
            {
                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
            i++;
        }

        var camel = new string(chars);
        return IsKeyword(camel) ? "@" + camel : camel;
    }

    /// <summary>The name without a verbatim '@', for building other names from it.</summary>
    public static string Bare(string identifier) => identifier.Length > 0 && identifier[0] == '@' ? identifier.Substring(1) : identifier;

    /// <summary>A crude singular for naming only ("customers" → "customer", "policies" → "policy").</summary>
    public static string Singularize(string word)
    {
        if (word.EndsWith("ies", StringComparison.OrdinalIgnoreCase) && word.Length > 3)
        {
            return word.Substring(0, word.Length - 3) + "y";
        }

        if (word.EndsWith("ses", StringComparison.OrdinalIgnoreCase) || word.EndsWith("xes", StringComparison.OrdinalIgnoreCase))
        {
            return word.Substring(0, word.Length - 2);
        }

        if (word.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase) && word.Length > 1)
        {
            return word.Substring(0, word.Length - 1);
        }

        return word;
    }

    private static IEnumerable<string> SplitWords(string name)
    {
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var isPart = i < name.Length && IsIdentifierPart(name[i]);
            if (isPart && start < 0)
            {
                start = i;
            }
            else if (!isPart && start >= 0)
            {
                yield return name.Substring(start, i - start);
                start = -1;
            }
        }
    }

    private static bool IsIdentifierPart(char c)
    {
        if (c < 128)
        {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber;
    }

    private static bool IsShouted(string word)
    {
        var hasLetter = false;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            hasLetter |= char.IsLetter(c);
        }

        return hasLetter && word.Length > 1;
    }
}
