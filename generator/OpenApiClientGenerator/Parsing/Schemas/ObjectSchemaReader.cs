using System;
using System.Collections.Generic;
using System.Linq;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Model.Spec;
using OpenApiClientGenerator.Parsing.Documents;

namespace OpenApiClientGenerator.Parsing.Schemas;

/// <summary>
/// Reads an object schema into an <see cref="ObjectSchemaSpec"/>. <c>allOf: [$ref Base, …]</c> extends Base (the first
/// referenced object part): Base's properties are inherited, the other parts' are this schema's own (the first declaration
/// of a name wins). Schemas that extend each other in a circle cannot inherit, so the one that closes the circle copies the
/// properties instead. Other properties are kept (as JSON) unless the schema forbids them.
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
        var baseNode = Base(schema, id);
        string? baseId = null;
        var inherited = new HashSet<string>(StringComparer.Ordinal);
        if (baseNode is not null && _resolver.Resolve(baseNode.Value.Written, hint.Append("Base")).Type is { Kind: TypeRefKind.Named } baseType)
        {
            baseId = baseType.SchemaId;
            foreach (var part in Parts(baseNode.Value.Target))
            {
                foreach (var property in _context.GetObject(part, "properties")?.Properties ?? Array.Empty<SpecProperty>())
                {
                    inherited.Add(property.Name);
                }
            }
        }
        else
        {
            _resolver.SetBase(id, null);
            baseNode = null;
        }

        var properties = new List<PropertySpec>();
        var seen = new HashSet<string>(inherited, StringComparer.Ordinal);
        foreach (var part in Parts(schema, baseNode?.Target))
        {
            var required = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in _context.GetArray(part, "required")?.Items ?? Array.Empty<SpecNode>())
            {
                if (item is SpecScalar { Kind: SpecNodeKind.String } requiredName)
                {
                    required.Add(requiredName.Text);
                }
            }

            foreach (var property in _context.GetObject(part, "properties")?.Properties ?? Array.Empty<SpecProperty>())
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
                    propertySchema?["default"] is SpecScalar { Kind: not SpecNodeKind.Null } defaultValue ? defaultValue.Text : null,
                    propertySchema?["x-ms-client-name"] is SpecScalar { Kind: SpecNodeKind.String, Text.Length: > 0 } clientName ? clientName.Text : null));
            }
        }

        var discriminator = Discriminators.Read(_context, schema);
        _resolver.Add(new ObjectSchemaSpec(
            id,
            hint,
            _resolver.OwnerOf(schema),
            _resolver.Describe(schema),
            _resolver.Flag(schema, "deprecated"),
            properties.ToEquatableArray(),
            AdditionalProperties(schema, id, baseNode?.Target),
            baseId,
            discriminator is { } found ? new DiscriminatorSpec(found.Property, Discriminators.Mapping(_resolver, found.Mapping)) : null,
            schema["x-ms-discriminator-value"] is SpecScalar { Kind: SpecNodeKind.String or SpecNodeKind.Number } value ? value.Text : null));
        return reference;
    }

    /// <summary>
    /// The schema this one extends: the first allOf part that is a $ref to an object schema (not an enum or a union), unless
    /// that schema extends this one (directly or further up), which would be a circle.
    /// </summary>
    private (SpecNode Written, SpecObject Target)? Base(SpecObject schema, string id)
    {
        foreach (var item in _context.GetArray(schema, "allOf")?.Items ?? Array.Empty<SpecNode>())
        {
            if (ReferenceResolver.GetReference(item) is null || _resolver.References.Dereference(item, "its properties are left out of the schemas that include it") is not SpecObject target)
            {
                continue;
            }

            if (!SchemaKeywords.IsObjectLike(target) || SchemaKeywords.IsUnion(target) || SchemaKeywords.IsEnum(target))
            {
                return null;
            }

            var targetId = _resolver.IdOf(target);
            if (_resolver.Extends(targetId, id))
            {
                _context.Report(DiagnosticDescriptors.UnsupportedConstruct, item, item.Pointer,
                    "the schemas extend each other in a circle, which C# inheritance cannot express; this one copies the properties of the other instead of extending it");
                return null;
            }

            _resolver.SetBase(id, targetId);
            return (item, target);
        }

        return null;
    }

    /// <summary>
    /// What properties the schema does not declare may hold: its additionalProperties schema, any JSON when it says nothing
    /// (services add properties; they are kept and written back), nothing when it forbids them or when it extends a schema
    /// (the base keeps them).
    /// </summary>
    private SchemaRef? AdditionalProperties(SpecObject schema, string id, SpecObject? baseSchema)
    {
        if (baseSchema is not null)
        {
            return null;
        }

        foreach (var part in Parts(schema))
        {
            switch (part["additionalProperties"])
            {
                case SpecObject valueSchema:
                    return _resolver.Resolve(valueSchema, NameHint.OfSchema(id, "AdditionalValue")).Type;
                case SpecScalar { Kind: SpecNodeKind.Boolean, IsTrue: false }:
                    return null;
            }
        }

        return SchemaRef.Any;
    }

    /// <summary>
    /// The schema itself and, for allOf, each part (followed through $ref) in order, leaving out <paramref name="excluded"/>
    /// (the base, whose properties are inherited) and what it includes. A part already visited is skipped, so schemas that
    /// include each other end instead of recursing forever.
    /// </summary>
    private IEnumerable<SpecObject> Parts(SpecObject schema, SpecObject? excluded = null, HashSet<SpecObject>? visited = null)
    {
        visited ??= excluded is null ? new HashSet<SpecObject>() : new HashSet<SpecObject>(Parts(excluded));
        if (!visited.Add(schema))
        {
            yield break;
        }

        foreach (var item in _context.GetArray(schema, "allOf")?.Items ?? Array.Empty<SpecNode>())
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            if (_resolver.References.Dereference(item, "its properties are left out of the schemas that include it") is SpecObject part)
            {
                foreach (var nested in Parts(part, null, visited))
                {
                    yield return nested;
                }
            }
        }

        yield return schema;
    }
}
