using System.Collections.Generic;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Naming;

namespace OpenApiClientGenerator.Parsing;

/// <summary>Checks the OpenApiSpec item's options before anything is generated with them.</summary>
internal static class OptionsValidator
{
    public static IEnumerable<DiagnosticInfo> Validate(GeneratorOptions options, string specPath)
    {
        var location = new LocationInfo(specPath, 0, 0, 0, 0, 0, 0);
        foreach (var part in options.Namespace.Split('.'))
        {
            if (!IsIdentifier(part))
            {
                yield return DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, location, "Namespace", options.Namespace, "is not a valid C# namespace");
                break;
            }
        }

        if (!IsIdentifier(options.ClientName))
        {
            yield return DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, location, "ClientName", options.ClientName, "is not a valid C# type name");
        }

        if (options.ExceptionName is { } exceptionName && !IsIdentifier(exceptionName))
        {
            yield return DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, location, "ExceptionName", exceptionName, "is not a valid C# type name");
        }
    }

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || Identifiers.IsKeyword(name) || !(char.IsLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
