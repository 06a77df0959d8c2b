using System;
using System.Collections.Generic;
using System.Linq;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Model.Spec;
using OpenApiClientGenerator.Parsing.Documents;

namespace OpenApiClientGenerator.Parsing.Operations;

/// <summary>
/// Reads components/securitySchemes (Swagger 2.0's securityDefinitions, normalised) and the security requirements of the
/// document and of each operation: which schemes a request may use. A scheme the client cannot send (mutual TLS, HTTP
/// schemes other than basic and bearer) is reported; requests go without it.
/// </summary>
internal sealed class SecurityReader
{
    private readonly ParseContext _context;
    private readonly Dictionary<string, SecuritySchemeSpec> _schemes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly EquatableArray<string> _documentDefault;

    public SecurityReader(ParseContext context, SpecObject document)
    {
        _context = context;
        var components = context.GetObject(document, "components");
        foreach (var entry in (components is null ? null : context.GetObject(components, "securitySchemes"))?.Properties ?? Array.Empty<SpecProperty>())
        {
            if (context.Documents.Main == context.Documents.Of(entry.Value) && new ReferenceResolver(context).Dereference(entry.Value, "the scheme is not used") is SpecObject scheme && Read(entry.Name, scheme) is { } spec)
            {
                _schemes[entry.Name] = spec;
            }
        }

        _documentDefault = Requirements(document);
    }

    /// <summary>The schemes some operation uses, in the order they are declared.</summary>
    public EquatableArray<SecuritySchemeSpec> UsedSchemes => _schemes.Values.Where(scheme => _used.Contains(scheme.Key)).ToEquatableArray();

    /// <summary>The schemes a request of <paramref name="operation"/> may use: its own requirements, else the document's.</summary>
    public EquatableArray<string> For(SpecObject operation) => operation["security"] is not null ? Requirements(operation) : _documentDefault;

    private EquatableArray<string> Requirements(SpecObject owner)
    {
        var keys = new List<string>();
        foreach (var requirement in _context.GetArray(owner, "security")?.Items ?? Array.Empty<SpecNode>())
        {
            foreach (var entry in (requirement as SpecObject)?.Properties ?? Array.Empty<SpecProperty>())
            {
                if (_schemes.ContainsKey(entry.Name) && !keys.Contains(entry.Name))
                {
                    keys.Add(entry.Name);
                    _used.Add(entry.Name);
                }
            }
        }

        return keys.ToEquatableArray();
    }

    private SecuritySchemeSpec? Read(string key, SpecObject scheme)
    {
        var description = scheme["description"] is SpecScalar { Kind: SpecNodeKind.String } text ? text.Text : null;
        switch ((scheme["type"] as SpecScalar)?.Text)
        {
            case "apiKey":
                var name = _context.GetString(scheme, "name");
                ParameterLocation? location = (scheme["in"] as SpecScalar)?.Text switch
                {
                    "header" => ParameterLocation.Header,
                    "query" => ParameterLocation.Query,
                    "cookie" => ParameterLocation.Cookie,
                    _ => null,
                };
                if (name is null || location is null)
                {
                    _context.Report(DiagnosticDescriptors.MissingRequiredField, scheme, scheme.Pointer, name is null ? "name" : "in", "the scheme is not used");
                    return null;
                }

                return new SecuritySchemeSpec(key, SecuritySchemeKind.ApiKey, name, location, description);
            case "http" when string.Equals((scheme["scheme"] as SpecScalar)?.Text, "basic", StringComparison.OrdinalIgnoreCase):
                return new SecuritySchemeSpec(key, SecuritySchemeKind.Basic, null, null, description);
            case "http" when string.Equals((scheme["scheme"] as SpecScalar)?.Text, "bearer", StringComparison.OrdinalIgnoreCase):
            case "oauth2":
            case "openIdConnect":
                return new SecuritySchemeSpec(key, SecuritySchemeKind.Bearer, null, null, description);
            default:
                _context.Report(DiagnosticDescriptors.UnsupportedConstruct, scheme, scheme.Pointer,
                    $"the security scheme '{key}' ({(scheme["type"] as SpecScalar)?.Text} {(scheme["scheme"] as SpecScalar)?.Text}) cannot be sent by the generated client; requests go without it (add it with a DelegatingHandler)");
                return null;
        }
    }
}
