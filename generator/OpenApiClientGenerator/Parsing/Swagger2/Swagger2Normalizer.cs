using System;
using System.Collections.Generic;
using System.Linq;
using OpenApiClientGenerator.Parsing.Documents;

namespace OpenApiClientGenerator.Parsing.Swagger2;

/// <summary>
/// Rewrites a Swagger 2.0 document into the shape of OpenAPI 3.0, once, at the edge, so every reader after it sees one
/// dialect: host/basePath/schemes become servers; body and formData parameters a requestBody; produces/consumes and a
/// response's schema become content; parameter and header types a schema, collectionFormat a style; definitions,
/// parameters, responses and securityDefinitions components. Nodes are shared where they mean the same, and every new
/// node spans the text it came from, so diagnostics still point at the spec as written. The original top-level keys stay
/// (local $refs such as #/definitions/Pet resolve as written); a $ref to a parameter or response resolves to its rewritten
/// form through <see cref="Substitutes"/>.
/// </summary>
internal sealed class Swagger2Normalizer
{
    private static readonly string[] HttpMethods = { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

    /// <summary>Keys of a parameter, header or items object that describe its value, and so move into its schema.</summary>
    private static readonly HashSet<string> NotSchemaKeys = new(StringComparer.Ordinal) { "name", "in", "description", "required", "collectionFormat", "allowEmptyValue", "schema" };

    private readonly SpecObject _root;
    private readonly Dictionary<SpecNode, SpecNode> _substitutes = new();

    private Swagger2Normalizer(SpecObject root) => _root = root;

    /// <summary>Original parameter and response nodes and what they were rewritten to.</summary>
    public IReadOnlyDictionary<SpecNode, SpecNode> Substitutes => _substitutes;

    public static (SpecObject Root, IReadOnlyDictionary<SpecNode, SpecNode> Substitutes) Normalize(SpecObject swagger)
    {
        var normalizer = new Swagger2Normalizer(swagger);
        return (normalizer.Document(), normalizer.Substitutes);
    }

    private SpecObject Document()
    {
        var document = Object(_root);
        Set(document, "openapi", String("3.0.0", _root["swagger"] ?? _root));
        foreach (var property in _root.Properties)
        {
            switch (property.Name)
            {
                case "swagger" or "host" or "basePath" or "schemes" or "consumes" or "produces" or "securityDefinitions":
                    break;
                case "paths" or "x-ms-paths" when property.Value is SpecObject paths:
                    Set(document, property, Paths(paths));
                    break;
                default:
                    // info, definitions, parameters, responses, tags, extensions… as written.
                    Set(document, property, property.Value);
                    break;
            }
        }

        if (Servers() is { } servers)
        {
            Set(document, "servers", servers);
        }

        Set(document, "components", Components());
        return document;
    }

    /// <summary>The first scheme (https preferred), host and basePath, as one server; none without a host.</summary>
    private SpecArray? Servers()
    {
        if (_root["host"] is not SpecScalar { Kind: SpecNodeKind.String } host)
        {
            return null;
        }

        var schemes = (_root["schemes"] as SpecArray)?.Items.OfType<SpecScalar>().Select(item => item.Text).ToList() ?? new List<string>();
        var scheme = schemes.Contains("https") || schemes.Count == 0 ? "https" : schemes[0];
        var basePath = _root["basePath"] is SpecScalar { Kind: SpecNodeKind.String } path ? path.Text : "/";
        var server = Object(host);
        Set(server, "url", String($"{scheme}://{host.Text}{(basePath.StartsWith("/", StringComparison.Ordinal) ? basePath : "/" + basePath)}", host));
        var servers = new SpecArray(host.Start, host.Length);
        servers.Add(server);
        return servers;
    }

    private SpecObject Components()
    {
        var components = Object(_root);
        if (_root["definitions"] is SpecObject definitions)
        {
            Set(components, "schemas", definitions);
        }

        if (_root["parameters"] is SpecObject parameters)
        {
            var rewritten = Object(parameters);
            foreach (var property in parameters.Properties)
            {
                Set(rewritten, property, property.Value is SpecObject parameter && ValueParameter(parameter) is { } value ? value : property.Value);
            }

            Set(components, "parameters", rewritten);
        }

        if (_root["responses"] is SpecObject responses)
        {
            var rewritten = Object(responses);
            foreach (var property in responses.Properties)
            {
                Set(rewritten, property, property.Value is SpecObject response ? Response(response, Produces(null)) : property.Value);
            }

            Set(components, "responses", rewritten);
        }

        if (_root["securityDefinitions"] is SpecObject security)
        {
            var schemes = Object(security);
            foreach (var property in security.Properties)
            {
                Set(schemes, property, property.Value is SpecObject scheme ? SecurityScheme(scheme) : property.Value);
            }

            Set(components, "securitySchemes", schemes);
        }

        return components;
    }

    /// <summary>apiKey stays; basic becomes http basic; oauth2 keeps its type (its flows are not used).</summary>
    private static SpecObject SecurityScheme(SpecObject scheme)
    {
        var rewritten = Object(scheme);
        foreach (var property in scheme.Properties)
        {
            if (property.Name == "type" && property.Value is SpecScalar { Text: "basic" } basic)
            {
                Set(rewritten, "type", String("http", basic));
                Set(rewritten, "scheme", String("basic", basic));
                continue;
            }

            Set(rewritten, property, property.Value);
        }

        return rewritten;
    }

    private SpecObject Paths(SpecObject paths)
    {
        var rewritten = Object(paths);
        foreach (var path in paths.Properties)
        {
            Set(rewritten, path, path.Value is SpecObject pathItem && pathItem["$ref"] is null ? PathItem(pathItem) : path.Value);
        }

        return rewritten;
    }

    /// <summary>A path item: each operation gets the path's parameters folded in (the path's body can only be an operation's).</summary>
    private SpecObject PathItem(SpecObject pathItem)
    {
        var rewritten = Object(pathItem);
        var shared = pathItem["parameters"] as SpecArray;
        foreach (var property in pathItem.Properties)
        {
            if (property.Name == "parameters")
            {
                continue;
            }

            Set(rewritten, property, Array.IndexOf(HttpMethods, property.Name.ToLowerInvariant()) >= 0 && property.Value is SpecObject operation
                ? Operation(operation, shared)
                : property.Value);
        }

        return rewritten;
    }

    private SpecObject Operation(SpecObject operation, SpecArray? shared)
    {
        var rewritten = Object(operation);
        var produces = Produces(operation);
        foreach (var property in operation.Properties)
        {
            switch (property.Name)
            {
                case "parameters" or "consumes" or "produces":
                    break;
                case "responses" when property.Value is SpecObject responses:
                    var rewrittenResponses = Object(responses);
                    foreach (var response in responses.Properties)
                    {
                        Set(rewrittenResponses, response, response.Value is SpecObject value && value["$ref"] is null ? Response(value, produces) : response.Value);
                    }

                    Set(rewritten, property, rewrittenResponses);
                    break;
                default:
                    Set(rewritten, property, property.Value);
                    break;
            }
        }

        // Operation-level parameters override path-level ones with the same name and location.
        var byKey = new Dictionary<(string? Name, string? In), (SpecNode Written, SpecObject? Resolved, int Order)>();
        var order = 0;
        foreach (var list in new[] { shared, operation["parameters"] as SpecArray })
        {
            foreach (var item in list?.Items ?? Array.Empty<SpecNode>())
            {
                var resolved = Resolve(item);
                var key = ((resolved?["name"] as SpecScalar)?.Text, (resolved?["in"] as SpecScalar)?.Text);
                byKey[key] = (item, resolved, byKey.TryGetValue(key, out var existing) ? existing.Order : order++);
            }
        }

        var ordered = byKey.Values.OrderBy(entry => entry.Order).ToList();
        var parameters = new SpecArray((operation["parameters"] ?? operation).Start, (operation["parameters"] ?? operation).Length);
        foreach (var (written, resolved, _) in ordered)
        {
            var location = (resolved?["in"] as SpecScalar)?.Text;
            if (location is "body" or "formData")
            {
                continue;
            }

            // A referenced parameter stays a $ref (its rewritten form is its substitute); an inline one is rewritten here.
            parameters.Add(written == resolved && resolved is not null && ValueParameter(resolved) is { } value ? value : written);
        }

        Set(rewritten, "parameters", parameters);
        var consumes = Consumes(operation);
        if (ordered.FirstOrDefault(entry => (entry.Resolved?["in"] as SpecScalar)?.Text == "body") is { Resolved: { } body })
        {
            Set(rewritten, "requestBody", BodyParameter(body, consumes));

            // The body parameter's name names the body in code (the extension OpenAPI 3 generators read for it).
            if (body["name"] is SpecScalar { Kind: SpecNodeKind.String } bodyName && operation["x-codegen-request-body-name"] is null)
            {
                Set(rewritten, "x-codegen-request-body-name", bodyName);
            }
        }
        else if (ordered.Where(entry => (entry.Resolved?["in"] as SpecScalar)?.Text == "formData").Select(entry => entry.Resolved!).ToList() is { Count: > 0 } fields)
        {
            Set(rewritten, "requestBody", FormBody(fields, consumes));
        }

        return rewritten;
    }

    /// <summary>A query, header or path parameter: its type becomes a schema, its collectionFormat a style.</summary>
    private SpecObject? ValueParameter(SpecObject parameter)
    {
        if (_substitutes.TryGetValue(parameter, out var done))
        {
            return (SpecObject)done;
        }

        if ((parameter["in"] as SpecScalar)?.Text is "body" or "formData" or null)
        {
            return null;
        }

        var rewritten = Object(parameter);
        foreach (var key in new[] { "name", "in", "description", "required" })
        {
            if (parameter[key] is { } value)
            {
                Set(rewritten, key, value);
            }
        }

        foreach (var property in parameter.Properties.Where(property => property.Name.StartsWith("x-", StringComparison.Ordinal)))
        {
            Set(rewritten, property, property.Value);
        }

        if (parameter["type"] is not null)
        {
            Set(rewritten, "schema", Schema(parameter));
        }

        var location = (parameter["in"] as SpecScalar)?.Text;
        var (style, explode) = (parameter["collectionFormat"] as SpecScalar)?.Text switch
        {
            "multi" => ("form", true),
            "ssv" => ("spaceDelimited", false),
            "pipes" => ("pipeDelimited", false),
            "tsv" => ("tabDelimited", false),
            _ => (location == "query" ? "form" : "simple", false),
        };
        var styleNode = parameter["collectionFormat"] ?? parameter;
        Set(rewritten, "style", String(style, styleNode));
        Set(rewritten, "explode", new SpecScalar(SpecNodeKind.Boolean, explode ? "true" : "false", styleNode.Start, styleNode.Length));
        _substitutes[parameter] = rewritten;
        return rewritten;
    }

    /// <summary>The body parameter as a requestBody: its schema under each media type it consumes (raw content for a file or binary schema).</summary>
    private static SpecObject BodyParameter(SpecObject body, List<string> consumes)
    {
        var requestBody = Object(body);
        CopyIfPresent(body, requestBody, "description", "required");
        var schema = body["schema"];
        var content = Object(schema ?? body);
        // A file or binary schema is raw content: under the binary media types the operation consumes, or octet-stream.
        var binary = schema is SpecObject schemaObject && IsBinary(schemaObject);
        var binaryTypes = consumes.Where(media => Operations.MediaTypes.KindOf(media) == Model.BodyKind.Binary).ToList();
        foreach (var mediaType in !binary ? consumes : binaryTypes.Count > 0 ? binaryTypes : new List<string> { "application/octet-stream" })
        {
            var media = Object(schema ?? body);
            if (schema is not null)
            {
                Set(media, "schema", schema);
            }

            Set(content, mediaType, media);
        }

        Set(requestBody, "content", content);
        return requestBody;
    }

    /// <summary>formData parameters as one form body: multipart when a field is a file or the operation consumes multipart.</summary>
    private static SpecObject FormBody(List<SpecObject> fields, List<string> consumes)
    {
        var first = fields[0];
        var multipart = fields.Any(field => field["type"] is SpecScalar { Text: "file" }) || consumes.Any(media => media.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase));
        var schema = Object(first);
        Set(schema, "type", String("object", first));
        var properties = Object(first);
        var required = new SpecArray(first.Start, first.Length);
        foreach (var field in fields)
        {
            if (field["name"] is not SpecScalar { Kind: SpecNodeKind.String } name)
            {
                continue;
            }

            var fieldSchema = Schema(field);
            if (field["description"] is { } description)
            {
                Set(fieldSchema, "description", description);
            }

            Set(properties, name.Text, fieldSchema);
            if (field["required"] is SpecScalar { IsTrue: true } isRequired)
            {
                required.Add(String(name.Text, isRequired));
            }
        }

        Set(schema, "properties", properties);
        Set(schema, "required", required);
        var media = Object(first);
        Set(media, "schema", schema);
        var content = Object(first);
        Set(content, multipart ? "multipart/form-data" : "application/x-www-form-urlencoded", media);
        var requestBody = Object(first);
        Set(requestBody, "content", content);
        return requestBody;
    }

    /// <summary>A response: its schema under each media type the operation produces (raw content for a file), its headers typed by schemas.</summary>
    private SpecObject Response(SpecObject response, List<string> produces)
    {
        if (_substitutes.TryGetValue(response, out var done))
        {
            return (SpecObject)done;
        }

        var rewritten = Object(response);
        foreach (var property in response.Properties)
        {
            switch (property.Name)
            {
                case "schema" or "examples":
                    break;
                case "headers" when property.Value is SpecObject headers:
                    var rewrittenHeaders = Object(headers);
                    foreach (var header in headers.Properties)
                    {
                        Set(rewrittenHeaders, header, header.Value is SpecObject definition && definition["$ref"] is null ? Header(definition) : header.Value);
                    }

                    Set(rewritten, property, rewrittenHeaders);
                    break;
                default:
                    Set(rewritten, property, property.Value);
                    break;
            }
        }

        if (response["schema"] is { } schema)
        {
            var file = schema is SpecObject schemaObject && schemaObject["type"] is SpecScalar { Text: "file" };
            var content = Object(schema);
            foreach (var mediaType in file ? new List<string> { "application/octet-stream" } : produces)
            {
                var media = Object(schema);
                Set(media, "schema", file ? Schema((SpecObject)schema) : schema);
                Set(content, mediaType, media);
            }

            Set(rewritten, "content", content);
        }

        _substitutes[response] = rewritten;
        return rewritten;
    }

    private static SpecObject Header(SpecObject header)
    {
        var rewritten = Object(header);
        CopyIfPresent(header, rewritten, "description");
        if (header["type"] is not null)
        {
            Set(rewritten, "schema", Schema(header));
        }

        return rewritten;
    }

    /// <summary>The schema of a parameter, header or items object: its value keywords (items rewritten the same way); a file is binary content.</summary>
    private static SpecObject Schema(SpecObject owner)
    {
        var schema = Object(owner);
        foreach (var property in owner.Properties)
        {
            if (NotSchemaKeys.Contains(property.Name))
            {
                continue;
            }

            if (property.Name == "type" && property.Value is SpecScalar { Text: "file" } file)
            {
                Set(schema, "type", String("string", file));
                Set(schema, "format", String("binary", file));
                continue;
            }

            Set(schema, property, property.Name == "items" && property.Value is SpecObject items && items["$ref"] is null ? Schema(items) : property.Value);
        }

        return schema;
    }

    private static bool IsBinary(SpecObject schema)
        => schema["type"] is SpecScalar { Text: "file" }
           || (schema["format"] is SpecScalar { Text: "binary" or "base64" } && schema["type"] is SpecScalar { Text: "string" } or null);

    /// <summary>A local $ref (#/parameters/…) followed in the original document; anything else as it is.</summary>
    private SpecObject? Resolve(SpecNode node)
    {
        var current = node;
        for (var hops = 0; hops < 32 && current is SpecObject { } obj && obj["$ref"] is SpecScalar { Kind: SpecNodeKind.String } reference; hops++)
        {
            if (!reference.Text.StartsWith("#", StringComparison.Ordinal) || SpecDocument.Navigate(_root, reference.Text.Substring(1), decodeUri: true) is not { } target)
            {
                return null;
            }

            current = target;
        }

        return current as SpecObject;
    }

    private List<string> Produces(SpecObject? operation) => MediaTypes(operation, "produces");

    private List<string> Consumes(SpecObject operation) => MediaTypes(operation, "consumes");

    /// <summary>The operation's media types, else the document's, else JSON.</summary>
    private List<string> MediaTypes(SpecObject? operation, string field)
    {
        var list = operation?[field] as SpecArray ?? _root[field] as SpecArray;
        var types = list?.Items.OfType<SpecScalar>().Select(item => item.Text).Where(text => text.Length > 0).ToList();
        return types is { Count: > 0 } ? types : new List<string> { "application/json" };
    }

    private static void CopyIfPresent(SpecObject from, SpecObject to, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (from[key] is { } value)
            {
                Set(to, key, value);
            }
        }
    }

    private static SpecObject Object(SpecNode spanOf) => new(spanOf.Start, spanOf.Length);

    private static SpecScalar String(string text, SpecNode spanOf) => new(SpecNodeKind.String, text, spanOf.Start, spanOf.Length);

    private static void Set(SpecObject target, string name, SpecNode value) => target.Add(new SpecProperty(name, value.Start, 0, value));

    /// <summary>Sets a property keeping the original key's position (diagnostics about a key point at it).</summary>
    private static void Set(SpecObject target, SpecProperty original, SpecNode value) => target.Add(new SpecProperty(original.Name, original.KeyStart, original.KeyLength, value));
}
