using System;
using System.Collections.Generic;
using System.Linq;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Model.Spec;
using OpenApiClientGenerator.Parsing.Documents;
using OpenApiClientGenerator.Parsing.Schemas;

namespace OpenApiClientGenerator.Parsing.Operations;

/// <summary>
/// Finds operations whose results continue on further pages. The spec can say so (<c>x-ms-pageable</c>: the next link's
/// and the items' property names; a null nextLinkName means one page), or the success response's object can have a
/// recognised shape: an array of items (<c>value</c> or <c>items</c>) and a next link — <c>nextLink</c>,
/// <c>@odata.nextLink</c>, or a <c>links.next</c> object with a <c>uri</c> (and <c>method</c>, <c>headers</c>), as Partner
/// Center writes it.
/// </summary>
internal sealed class PagingDetector
{
    private static readonly string[] NextLinkNames = { "nextLink", "@odata.nextLink", "odata.nextLink" };
    private static readonly string[] ItemsNames = { "value", "items" };

    private readonly ParseContext _context;
    private readonly SchemaResolver _schemas;

    public PagingDetector(ParseContext context, SchemaResolver schemas)
    {
        _context = context;
        _schemas = schemas;
    }

    public PagingSpec? Detect(SpecObject operation, IReadOnlyList<ResponseSpec> responses)
    {
        var page = responses.FirstOrDefault(response => response.StatusCode.IsSuccess && response.BodyKind == BodyKind.Json && response.BodyType is not null)?.BodyType;
        var pageSchema = page is { Kind: TypeRefKind.Named } ? AllProperties(page.SchemaId!) : null;
        if (_context.GetObject(operation, "x-ms-pageable") is { } pageable)
        {
            var nextLinkName = pageable["nextLinkName"] is SpecScalar { Kind: SpecNodeKind.String } next ? next.Text : null;
            var itemName = pageable["itemName"] is SpecScalar { Kind: SpecNodeKind.String } item ? item.Text : "value";
            if (nextLinkName is null)
            {
                return null; // One page only, as the extension says.
            }

            if (pageSchema is null || Items(pageSchema, itemName) is not { } declaredItems || !pageSchema.ContainsKey(nextLinkName))
            {
                _context.Report(DiagnosticDescriptors.UnsupportedConstruct, pageable, pageable.Pointer,
                    $"x-ms-pageable names '{itemName}' and '{nextLinkName}', which the success response's object does not both declare (an array and a link); only the first page is returned");
                return null;
            }

            return new PagingSpec(itemName, declaredItems, new[] { nextLinkName }.ToEquatableArray(), null, page!.SchemaId!);
        }

        if (pageSchema is null || ItemsNames.Select(name => (Name: name, Type: Items(pageSchema, name))).FirstOrDefault(found => found.Type is not null) is not { Type: { } itemType } items)
        {
            return null;
        }

        foreach (var name in NextLinkNames)
        {
            if (pageSchema.TryGetValue(name, out var link) && link.Type is { Kind: TypeRefKind.Primitive, Primitive: PrimitiveType.String or PrimitiveType.Uri })
            {
                return new PagingSpec(items.Name, itemType, new[] { name }.ToEquatableArray(), null, page!.SchemaId!);
            }
        }

        if (pageSchema.TryGetValue("links", out var links) && links.Type.Kind == TypeRefKind.Named && AllProperties(links.Type.SchemaId!) is { } linkSet
            && linkSet.TryGetValue("next", out var nextLink) && nextLink.Type.Kind == TypeRefKind.Named && AllProperties(nextLink.Type.SchemaId!) is { } linkObject
            && linkObject.TryGetValue("uri", out var uri) && uri.Type is { Kind: TypeRefKind.Primitive, Primitive: PrimitiveType.String or PrimitiveType.Uri })
        {
            string? headers = null, headerName = null, headerValue = null;
            if (linkObject.TryGetValue("headers", out var headerList) && headerList.Type is { Kind: TypeRefKind.Array, Element: { Kind: TypeRefKind.Named } headerType }
                && AllProperties(headerType.SchemaId!) is { } header && header.ContainsKey("key") && header.ContainsKey("value"))
            {
                (headers, headerName, headerValue) = ("headers", "key", "value");
            }

            return new PagingSpec(items.Name, itemType, new[] { "links", "next" }.ToEquatableArray(), new LinkObjectSpec("uri", linkObject.ContainsKey("method") ? "method" : null, headers, headerName, headerValue), page!.SchemaId!);
        }

        return null;
    }

    private static SchemaRef? Items(Dictionary<string, PropertySpec> properties, string name)
        => properties.TryGetValue(name, out var property) && property.Type.Kind == TypeRefKind.Array ? property.Type.Element : null;

    /// <summary>The properties of an object type by wire name, those it inherits included; null for anything else.</summary>
    private Dictionary<string, PropertySpec>? AllProperties(string schemaId)
    {
        var result = new Dictionary<string, PropertySpec>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var id = schemaId; id is not null && seen.Add(id);)
        {
            if (_schemas.Find(id) is not ObjectSchemaSpec schema)
            {
                return id == schemaId ? null : result;
            }

            foreach (var property in schema.Properties)
            {
                result[property.WireName] = property;
            }

            id = schema.BaseId;
        }

        return result;
    }
}
