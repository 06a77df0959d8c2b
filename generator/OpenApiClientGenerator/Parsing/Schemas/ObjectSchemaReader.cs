using System;
using System.Collections.Generic;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Model.Spec;
using OpenApiClientGenerator.Parsing.Documents;

namespace OpenApiClientGenerator.Parsing.Schemas;

/// <summary>
/// Reads an object schema (or an allOf of several parts, merged) into an <see cref="ObjectSchemaSpec"/>: its declared
/// properties in order, the first declaration of a name winning, and what other properties may hold.
/// </summary>
internal sealed class ObjectSchemaReader
{
    private readonly ParseContext _context;
    private readonly SchemaResolver _resolver;

    public ObjectSchemaReader(ParseContext context, SchemaResolver resolver)
    {
        _context = context;
        _resolver = resolver;
    }

    public SchemaRef Read(SpecObject schema, NameHint hint)
    {
        var reference = _resolver.Begin(schema);
        var id = reference.SchemaId!;
        var properties = new List<PropertySpec>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in Parts(schema))
        {
            var required = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in _context.GetArray(part, "required")?.Items ?? Array.Empty<SpecNode>())
            {
                if (item is SpecScalar { Kind: SpecNodeKind.String } requiredName)
                {
                    required.Add(requiredName.Text);
                }
            }

            if (_context.GetObject(part, "properties") is not { } propertiesNode)
            {
                continue;
            }

            foreach (var property in propertiesNode.Properties)
            {
                _context.CancellationToken.ThrowIfCancellationRequested();
                if (!seen.Add(property.Name))
                {
                    continue;
                }

                var resolved = _resolver.Resolve(property.Value, NameHint.OfSchema(id, property.Name));
                var propertySchema = property.Value as SpecObject;
                properties.Add(new PropertySpec(
                    property.Name,
                    resolved.Type,
                    required.Contains(property.Name),
                    resolved.IsNullable,
                    resolved.Description,
                    propertySchema is not null && _resolver.Flag(propertySchema, "deprecated"),
                    propertySchema is not null && _resolver.Flag(propertySchema, "readOnly"),
                    propertySchema is not null && _resolver.Flag(propertySchema, "writeOnly"),
                    propertySchema?["default"] is SpecScalar { Kind: not SpecNodeKind.Null } defaultValue ? defaultValue.Text : null));
            }
        }

        // additionalProperties next to declared properties: the others are kept in a dictionary, not dropped.
        SchemaRef? additional = null;
        foreach (var part in Parts(schema))
        {
            additional = part["additionalProperties"] switch
            {
                SpecObject valueSchema => _resolver.Resolve(valueSchema, NameHint.OfSchema(id, "AdditionalValue")).Type,
                SpecScalar { IsTrue: true } => SchemaRef.Any,
                _ => null,
            };
            if (additional is not null)
            {
                break;
            }
        }

        if (_context.GetObject(schema, "discriminator") is { } discriminator && schema["oneOf"] is null && schema["anyOf"] is null)
        {
            var name = hint.Source == NameSource.Place ? schema.Pointer : hint.Words[0];
            _context.Report(DiagnosticDescriptors.UnsupportedConstruct, discriminator, discriminator.Pointer,
                $"a discriminator without oneOf/anyOf is not used: schemas that extend {name} through allOf are read as {name} and their own properties are skipped; list them under oneOf to read them by their discriminator");
        }

        _resolver.Add(new ObjectSchemaSpec(id, hint, _resolver.OwnerOf(schema), _resolver.Describe(schema), _resolver.Flag(schema, "deprecated"), properties.ToEquatableArray(), properties.Count > 0 ? additional : null));
        return reference;
    }

    /// <summary>
    /// The schema itself and, for allOf, each part (followed through $ref) in order. A part already visited is skipped,
    /// so schemas that include each other end instead of recursing forever.
    /// </summary>
    private IEnumerable<SpecObject> Parts(SpecObject schema, HashSet<SpecObject>? visited = null)
    {
        visited ??= new HashSet<SpecObject>();
        if (!visited.Add(schema))
        {
            yield break;
        }

        foreach (var item in _context.GetArray(schema, "allOf")?.Items ?? Array.Empty<SpecNode>())
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            if (_resolver.References.Dereference(item, "its properties are left out of the schemas that include it") is SpecObject part)
            {
                foreach (var nested in Parts(part, visited))
                {
                    yield return nested;
                }
            }
        }

        yield return schema;
    }
}
