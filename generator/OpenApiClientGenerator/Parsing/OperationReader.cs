using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Parsing.Documents;
using OpenApiClientGenerator.Parsing.Naming;

namespace OpenApiClientGenerator.Parsing;

/// <summary>
/// Reads <c>paths</c> into <see cref="OperationModel"/>s, one per path and HTTP method, in document order: parameters
/// (path first, then required, then optional), the request body (as Body or FormField parameters) and the responses.
/// Swagger 2.0 documents are read through the same model: body/formData parameters, produces/consumes.
/// </summary>
internal sealed class OperationReader
{
    private static readonly string[] HttpMethods = { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

    /// <summary>Names the generated method body uses for its own locals and lambda parameters; parameters avoid them.</summary>
    private static readonly string[] LocalNames =
    {
        "cancellationToken", "query", "uri", "request", "response", "form", "cookies", "item", "pair", "writer", "value",
        "reader", "itemReader", "itemWriter", "element", "discriminator", "httpClient",
    };

    private readonly ParseContext _context;
    private readonly ReferenceResolver _references;
    private readonly SchemaReader _schemas;
    private readonly DocumentLayout _layout;
    private readonly Dictionary<string, ResolvedType> _sharedPathEnums = new(StringComparer.Ordinal);
    private readonly NameScope _methodNames = new(StringComparer.Ordinal);
    private readonly List<OperationModel> _operations = new();

    public OperationReader(ParseContext context, ReferenceResolver references, SchemaReader schemas, DocumentLayout layout)
    {
        _context = context;
        _references = references;
        _schemas = schemas;
        _layout = layout;
    }

    public IReadOnlyList<OperationModel> Operations => _operations;

    public void Read(SpecObject? paths)
    {
        if (paths is null)
        {
            return;
        }

        foreach (var path in paths.Properties)
        {
            if (path.Name.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            if (_references.Dereference(path.Value, "the path is left out") is not SpecObject pathItem)
            {
                continue;
            }

            var sharedParameters = _context.GetArray(pathItem, "parameters");
            foreach (var entry in pathItem.Properties)
            {
                _context.CancellationToken.ThrowIfCancellationRequested();
                var method = entry.Name.ToLowerInvariant();
                if (Array.IndexOf(HttpMethods, method) < 0)
                {
                    continue;
                }

                if (_context.As<SpecObject>(entry.Value, SpecNodeKind.Object) is { } operation)
                {
                    ReadOperation(path.Name, method, entry, operation, sharedParameters);
                }
            }
        }
    }

    private void ReadOperation(string path, string method, SpecProperty entry, SpecObject operation, SpecArray? sharedParameters)
    {
        var operationId = operation["operationId"] is not null ? _context.GetString(operation, "operationId") : null;
        var wantedName = operationId is { Length: > 0 } ? Identifiers.ToPascalCase(operationId) : DeriveName(method, path);
        var methodName = _methodNames.Take(wantedName);
        if (methodName != wantedName)
        {
            if (operationId is not null)
            {
                _context.Report(DiagnosticDescriptors.DuplicateOperationId, operation["operationId"]!, operation["operationId"]!.Pointer, operationId, methodName);
            }
            else
            {
                _context.ReportAtKey(DiagnosticDescriptors.NameCollision, entry, operation.Pointer, $"{method.ToUpperInvariant()} {path}", wantedName, methodName);
            }
        }

        var names = new NameScope(StringComparer.Ordinal, LocalNames);
        var collected = new List<(ParameterModel Model, int Rank, int Order)>();
        ReadParameters(path, methodName, operation, sharedParameters, names, collected, out var swaggerBody);
        var requestBody = swaggerBody ?? ReadRequestBody(operation, methodName, names, collected);

        _operations.Add(new OperationModel(
            methodName,
            operationId ?? methodName,
            method.ToUpperInvariant(),
            path,
            operation["summary"] is not null ? _context.GetString(operation, "summary") : null,
            operation["description"] is not null ? _context.GetString(operation, "description") : null,
            operation["deprecated"] is not null && _context.GetBoolean(operation, "deprecated"),
            AvoidValueLocals(collected.OrderBy(item => item.Rank).ThenBy(item => item.Order).Select(item => item.Model).ToList(), names),
            requestBody,
            ReadResponses(operation, methodName)));
    }

    /// <summary>
    /// Identifies an inline enum of a path parameter by the parameter's name and the enum's values, so that operations
    /// repeating the same definition (<c>{format}</c> as [XML, JSON] on every path) share one type, and so one fluent
    /// path segment. Null for anything else.
    /// </summary>
    private static string? InlineEnumKey(string wireName, SpecNode? schema)
    {
        if (schema is not SpecObject obj || ReferenceResolver.GetReference(obj) is not null || obj["enum"] is not SpecArray values)
        {
            return null;
        }

        var key = new StringBuilder(wireName).Append('\u0001').Append((obj["type"] as SpecScalar)?.Text).Append('\u0001').Append((obj["format"] as SpecScalar)?.Text);
        foreach (var value in values.Items)
        {
            key.Append('\u0001').Append(value.Kind).Append(':').Append((value as SpecScalar)?.Text);
        }

        return key.ToString();
    }

    /// <summary>
    /// An optional parameter <c>x</c> is read into a local <c>xValue</c>; a parameter already called <c>xValue</c> is renamed
    /// so the two never clash.
    /// </summary>
    private static EquatableArray<ParameterModel> AvoidValueLocals(List<ParameterModel> parameters, NameScope names)
    {
        for (var i = 0; i < parameters.Count; i++)
        {
            var local = Identifiers.Bare(parameters[i].Name) + "Value";
            for (var j = 0; j < parameters.Count; j++)
            {
                if (j != i && Identifiers.Bare(parameters[j].Name) == local)
                {
                    parameters[j] = parameters[j] with { Name = names.Take(local) };
                }
            }
        }

        return parameters.ToEquatableArray();
    }

    /// <summary>Rank of a parameter in the signature: path, required values, the body, then optional values.</summary>
    private static int Rank(ParameterModel parameter) => parameter.Location switch
    {
        ParameterLocation.Path => 0,
        ParameterLocation.Body or ParameterLocation.FormField => parameter.IsRequired ? 2 : 3,
        _ => parameter.IsRequired ? 1 : 4,
    };

    private void ReadParameters(string path, string methodName, SpecObject operation, SpecArray? sharedParameters, NameScope names, List<(ParameterModel Model, int Rank, int Order)> collected, out RequestBodyModel? swaggerBody)
    {
        swaggerBody = null;

        // Operation-level parameters override path-level ones with the same name and location.
        var byKey = new Dictionary<(string Name, string In), (SpecObject Node, int Order)>();
        var componentNames = new Dictionary<SpecObject, string>();
        var order = 0;
        foreach (var list in new[] { sharedParameters, _context.GetArray(operation, "parameters") })
        {
            if (list is null)
            {
                continue;
            }

            foreach (var item in list.Items)
            {
                if (_references.Dereference(item, "the parameter is left out") is not SpecObject parameter)
                {
                    continue;
                }

                // A shared parameter's inline types are named after its component, not after whichever operation came first.
                if (ReferenceResolver.GetReference(item) is { } reference && reference.Text.LastIndexOf('/') is var slash and > 0
                    && (reference.Text.StartsWith("#/components/parameters/", StringComparison.Ordinal) || reference.Text.StartsWith("#/parameters/", StringComparison.Ordinal)))
                {
                    componentNames[parameter] = Identifiers.ToPascalCase(reference.Text.Substring(slash + 1));
                }

                var name = _context.GetString(parameter, "name");
                var location = _context.GetString(parameter, "in");
                if (name is null || location is null)
                {
                    _context.Report(DiagnosticDescriptors.MissingRequiredField, parameter, parameter.Pointer, name is null ? "name" : "in", "the parameter is skipped");
                    continue;
                }

                byKey[(name, location)] = (parameter, byKey.TryGetValue((name, location), out var existing) ? existing.Order : order++);
            }
        }

        var templateNames = PathTemplate.ParameterNames(path);
        var formFields = new List<(string WireName, SpecObject Node, int Order)>();
        foreach (var pair in byKey.OrderBy(pair => pair.Value.Order))
        {
            var (wireName, location) = pair.Key;
            var node = pair.Value.Node;
            if (location == "body")
            {
                // Swagger 2.0: the media type comes from consumes; a binary schema or a non-JSON consumes is raw content.
                var schema = node["schema"];
                var consumes = _layout.Consumes(operation).ToList();
                var (mediaType, kind) = consumes.Count == 0 ? ("application/json", BodyKind.Json) : Preferred(consumes);
                if (schema is not null && IsBinarySchema(schema) || kind is BodyKind.Binary)
                {
                    (mediaType, kind) = (kind == BodyKind.Binary ? mediaType : "application/octet-stream", BodyKind.Binary);
                }

                var bodyType = kind switch
                {
                    BodyKind.Binary => TypeRef.Of(PrimitiveType.Stream),
                    BodyKind.Text or BodyKind.FormUrlEncoded or BodyKind.Multipart => TypeRef.Of(PrimitiveType.String),
                    _ => schema is null ? TypeRef.Any : _schemas.Resolve(schema, methodName + "Request").Type,
                };
                var bodyName = names.Take(Identifiers.ToCamelCase(wireName));
                var required = node["required"] is not null && _context.GetBoolean(node, "required");
                collected.Add((new ParameterModel(bodyName, wireName, ParameterLocation.Body, bodyType, required, Description(node)), required ? 2 : 3, pair.Value.Order));
                swaggerBody = new RequestBodyModel(kind is BodyKind.FormUrlEncoded or BodyKind.Multipart ? BodyKind.Text : kind, mediaType, Description(node));
                continue;
            }

            if (location == "formData")
            {
                formFields.Add((wireName, node, pair.Value.Order));
                continue;
            }

            var parameterLocation = location switch
            {
                "path" => ParameterLocation.Path,
                "query" => ParameterLocation.Query,
                "header" => ParameterLocation.Header,
                "cookie" => ParameterLocation.Cookie,
                _ => (ParameterLocation?)null,
            };

            if (parameterLocation is null)
            {
                _context.Report(DiagnosticDescriptors.UnsupportedConstruct, node["in"]!, node["in"]!.Pointer, $"the parameter location '{location}' is unknown; the parameter is skipped");
                continue;
            }

            if (parameterLocation == ParameterLocation.Path && !templateNames.Contains(wireName))
            {
                _context.Report(DiagnosticDescriptors.PathParameterMismatch, node, node.Pointer, $"the path parameter '{wireName}' does not appear in the path '{path}'; it is skipped");
                continue;
            }

            // OpenAPI 3 puts the type under "schema"; Swagger 2.0 on the parameter itself.
            var hint = componentNames.TryGetValue(node, out var componentName) ? componentName : methodName + Identifiers.ToPascalCase(wireName).TrimStart('_');
            var schemaNode = node["schema"] ?? (_layout.IsSwagger2 && node["type"] is not null ? node : null);
            var sharedKey = parameterLocation == ParameterLocation.Path ? InlineEnumKey(wireName, schemaNode) : null;
            ResolvedType type;
            if (sharedKey is not null && _sharedPathEnums.TryGetValue(sharedKey, out var shared))
            {
                type = shared;
            }
            else
            {
                type = schemaNode is not null ? _schemas.Resolve(schemaNode, hint) : new ResolvedType(TypeRef.Of(PrimitiveType.String), false, null);
                if (sharedKey is not null)
                {
                    _sharedPathEnums[sharedKey] = type;
                }
            }

            var isRequired = parameterLocation == ParameterLocation.Path || (node["required"] is not null && _context.GetBoolean(node, "required"));
            var (style, explode) = Style(node, parameterLocation.Value);
            var model = new ParameterModel(names.Take(Identifiers.ToCamelCase(wireName)), wireName, parameterLocation.Value, type.Type, isRequired, Description(node) ?? type.Description, style, explode);
            collected.Add((model, Rank(model), parameterLocation == ParameterLocation.Path ? templateNames.IndexOf(wireName) : pair.Value.Order));
        }

        if (formFields.Count > 0)
        {
            var multipart = formFields.Any(field => field.Node["type"] is SpecScalar { Text: "file" }) || _layout.Consumes(operation).Any(media => media.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase));
            foreach (var (wireName, node, fieldOrder) in formFields)
            {
                var isFile = node["type"] is SpecScalar { Text: "file" };
                var type = isFile ? TypeRef.Of(PrimitiveType.Stream) : _schemas.Resolve(node, methodName + Identifiers.ToPascalCase(wireName)).Type;
                var required = node["required"] is not null && _context.GetBoolean(node, "required");
                var model = new ParameterModel(names.Take(Identifiers.ToCamelCase(wireName)), wireName, ParameterLocation.FormField, type, required, Description(node));
                collected.Add((model, Rank(model), fieldOrder));
            }

            swaggerBody = new RequestBodyModel(multipart ? BodyKind.Multipart : BodyKind.FormUrlEncoded, multipart ? "multipart/form-data" : "application/x-www-form-urlencoded", null);
        }

        foreach (var missing in templateNames.Where(name => !byKey.ContainsKey((name, "path"))))
        {
            _context.Report(DiagnosticDescriptors.PathParameterMismatch, operation, operation.Pointer, $"the path '{path}' uses '{{{missing}}}', which no parameter declares; it is added as a string parameter");
            collected.Add((new ParameterModel(names.Take(Identifiers.ToCamelCase(missing)), missing, ParameterLocation.Path, TypeRef.Of(PrimitiveType.String), true, null), 0, templateNames.IndexOf(missing)));
        }
    }

    /// <summary>The serialization style: OpenAPI 3 style/explode, or a Swagger 2.0 collectionFormat.</summary>
    private (string Style, bool Explode) Style(SpecObject node, ParameterLocation location)
    {
        if (node["collectionFormat"] is SpecScalar { Kind: SpecNodeKind.String } format)
        {
            return format.Text switch
            {
                "multi" => ("form", true),
                "ssv" => ("spaceDelimited", false),
                "pipes" => ("pipeDelimited", false),
                "tsv" => ("tabDelimited", false),
                _ => (location == ParameterLocation.Query ? "form" : "simple", false),
            };
        }

        var style = node["style"] is not null ? _context.GetString(node, "style") : null;
        style ??= location is ParameterLocation.Query or ParameterLocation.Cookie ? "form" : "simple";
        var explode = node["explode"] is not null ? _context.GetBoolean(node, "explode") : style == "form";
        if (_layout.IsSwagger2)
        {
            explode = false;
        }

        return (style, explode);
    }

    private RequestBodyModel? ReadRequestBody(SpecObject operation, string methodName, NameScope names, List<(ParameterModel Model, int Rank, int Order)> collected)
    {
        if (operation["requestBody"] is not { } bodyNode || _references.Dereference(bodyNode, "the request is sent without a body") is not SpecObject body)
        {
            return null;
        }

        var required = body["required"] is not null && _context.GetBoolean(body, "required");
        var description = Description(body);
        if (_context.GetObject(body, "content") is not { } content || content.Count == 0)
        {
            _context.Report(DiagnosticDescriptors.MissingRequiredField, body, body.Pointer, "content", "the request is sent without a body");
            return null;
        }

        var (mediaType, kind) = Preferred(content.Properties.Select(p => p.Name));
        var media = content[mediaType] as SpecObject;
        var schema = media?["schema"];
        var order = 1000;

        switch (kind)
        {
            case BodyKind.FormUrlEncoded:
            case BodyKind.Multipart:
                if (schema is not null && _references.Dereference(schema) is SpecObject formSchema && _context.GetObject(formSchema, "properties") is { } fields)
                {
                    var requiredFields = _context.GetArray(formSchema, "required")?.Items.OfType<SpecScalar>().Select(item => item.Text).ToList() ?? new List<string>();
                    foreach (var field in fields.Properties)
                    {
                        var type = IsBinarySchema(field.Value) ? TypeRef.Of(PrimitiveType.Stream) : _schemas.Resolve(field.Value, methodName + Identifiers.ToPascalCase(field.Name)).Type;
                        // A field the schema requires is required of the caller, even when the body as a whole is optional.
                        var model = new ParameterModel(names.Take(Identifiers.ToCamelCase(field.Name)), field.Name, ParameterLocation.FormField, type, requiredFields.Contains(field.Name), SchemaDescription(field.Value));
                        collected.Add((model, Rank(model), order++));
                    }

                    return new RequestBodyModel(kind, mediaType, description);
                }

                _context.Report(DiagnosticDescriptors.UnsupportedConstruct, (SpecNode?)schema ?? body, ((SpecNode?)schema ?? body).Pointer, "a form body without an object schema is sent as raw text");
                kind = BodyKind.Text;
                break;
            case BodyKind.Json:
                var resolved = schema is null ? ResolvedType.Any() : _schemas.Resolve(schema, methodName + "Request");
                var jsonBody = new ParameterModel(names.Take("body"), "body", ParameterLocation.Body, resolved.Type, required, description ?? resolved.Description);
                collected.Add((jsonBody, Rank(jsonBody), order));
                return new RequestBodyModel(kind, mediaType, description);
        }

        var raw = new ParameterModel(names.Take("body"), "body", ParameterLocation.Body, TypeRef.Of(kind == BodyKind.Binary ? PrimitiveType.Stream : PrimitiveType.String), required, description);
        collected.Add((raw, Rank(raw), order));
        return new RequestBodyModel(kind, mediaType, description);
    }

    private EquatableArray<ResponseModel> ReadResponses(SpecObject operation, string methodName)
    {
        if (_context.GetObject(operation, "responses") is not { } responses)
        {
            if (_layout.RequiresResponses)
            {
                _context.Report(DiagnosticDescriptors.MissingRequiredField, operation, operation.Pointer, "responses", "the operation is generated as returning no value");
            }

            return EquatableArray<ResponseModel>.Empty;
        }

        var result = new List<ResponseModel>();
        foreach (var entry in responses.Properties)
        {
            if (entry.Name.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            var statusCode = string.Equals(entry.Name, "default", StringComparison.OrdinalIgnoreCase) ? "default" : entry.Name.ToUpperInvariant();
            if (statusCode != "default" && !IsStatusCode(statusCode))
            {
                _context.ReportAtKey(DiagnosticDescriptors.UnexpectedNodeType, entry, entry.Value.Pointer, "a status code (such as 200 or 4XX) or 'default'", $"'{entry.Name}'");
                continue;
            }

            if (_references.Dereference(entry.Value, "the response is read without a body") is not SpecObject response)
            {
                result.Add(new ResponseModel(statusCode, null, null));
                continue;
            }

            var description = Description(response);
            var hint = methodName + (statusCode.StartsWith("2", StringComparison.Ordinal) ? "Response" : statusCode == "default" ? "Error" : statusCode + "Error");
            var (schema, mediaType, kind) = ResponseBody(operation, response);
            TypeRef? bodyType = kind switch
            {
                BodyKind.Json => schema is null ? TypeRef.Any : _schemas.Resolve(schema, hint).Type,
                BodyKind.Binary => TypeRef.Of(PrimitiveType.Stream),
                BodyKind.Text => TypeRef.Of(PrimitiveType.String),
                _ => null,
            };
            var headers = statusCode.StartsWith("2", StringComparison.Ordinal) ? ReadHeaders(response, methodName) : EquatableArray<HeaderModel>.Empty;
            var resultName = headers.IsEmpty || result.Any(r => r.ResultTypeName is not null) ? null : _schemas.ReserveTypeName(methodName + "Result");
            result.Add(new ResponseModel(statusCode, description, bodyType, kind, mediaType, resultName is null ? EquatableArray<HeaderModel>.Empty : headers, resultName));
        }

        return result.ToEquatableArray();
    }

    private EquatableArray<HeaderModel> ReadHeaders(SpecObject response, string methodName)
    {
        if (_context.GetObject(response, "headers") is not { Count: > 0 } headers)
        {
            return EquatableArray<HeaderModel>.Empty;
        }

        var names = new NameScope(StringComparer.Ordinal, new[] { "Body", "Status" });
        var result = new List<HeaderModel>();
        foreach (var header in headers.Properties)
        {
            if (_references.Dereference(header.Value, "the header is left out") is not SpecObject definition)
            {
                continue;
            }

            // OpenAPI 3 types a header with "schema"; Swagger 2.0 on the header itself.
            var schema = definition["schema"] ?? (definition["type"] is not null ? definition : null);
            var type = schema is null ? TypeRef.Of(PrimitiveType.String) : _schemas.Resolve(schema, methodName + Identifiers.ToPascalCase(header.Name)).Type;
            if (type.Kind != TypeRefKind.Primitive || type.Primitive is PrimitiveType.Stream or PrimitiveType.Bytes)
            {
                type = TypeRef.Of(PrimitiveType.String);
            }

            result.Add(new HeaderModel(names.Take(Identifiers.ToPascalCase(header.Name)), header.Name, type, Description(definition)));
        }

        return result.ToEquatableArray();
    }

    /// <summary>The body of a response: OpenAPI 3 content (preferring JSON), or a Swagger 2.0 schema with produces.</summary>
    private (SpecNode? Schema, string? MediaType, BodyKind Kind) ResponseBody(SpecObject operation, SpecObject response)
    {
        if (_layout.IsSwagger2)
        {
            if (response["schema"] is not { } schema)
            {
                return (null, null, BodyKind.None);
            }

            if (_references.Dereference(schema) is SpecObject { } resolved && resolved["type"] is SpecScalar { Text: "file" })
            {
                return (null, "application/octet-stream", BodyKind.Binary);
            }

            var produces = _layout.Produces(operation).ToList();
            var (mediaType, kind) = produces.Count == 0 ? ("application/json", BodyKind.Json) : Preferred(produces);
            return (schema, mediaType, kind == BodyKind.Json || kind == BodyKind.None ? BodyKind.Json : kind);
        }

        if (_context.GetObject(response, "content") is not { Count: > 0 } content)
        {
            return (null, null, BodyKind.None);
        }

        var (preferred, preferredKind) = Preferred(content.Properties.Select(p => p.Name));
        var media = content[preferred] as SpecObject;
        var bodySchema = media?["schema"];
        if (preferredKind == BodyKind.Text && bodySchema is not null && IsBinarySchema(bodySchema))
        {
            preferredKind = BodyKind.Binary;
        }

        return (bodySchema, preferred, preferredKind is BodyKind.FormUrlEncoded or BodyKind.Multipart ? BodyKind.Text : preferredKind);
    }

    /// <summary>JSON first, then forms, then binary, then text: the richest typing wins when a body offers several.</summary>
    private static (string MediaType, BodyKind Kind) Preferred(IEnumerable<string> mediaTypes)
    {
        var candidates = mediaTypes.Select(media => (Media: media, Kind: KindOf(media))).ToList();
        foreach (var kind in new[] { BodyKind.Json, BodyKind.Multipart, BodyKind.FormUrlEncoded, BodyKind.Binary, BodyKind.Text })
        {
            foreach (var candidate in candidates)
            {
                if (candidate.Kind == kind)
                {
                    return candidate;
                }
            }
        }

        return candidates.Count > 0 ? candidates[0] : ("application/json", BodyKind.Json);
    }

    private static BodyKind KindOf(string mediaType)
    {
        var type = mediaType.Split(';')[0].Trim().ToLowerInvariant();
        if (type == "application/json" || type.EndsWith("+json", StringComparison.Ordinal) || type == "*/*" || type == "application/*")
        {
            return BodyKind.Json;
        }

        if (type == "application/x-www-form-urlencoded")
        {
            return BodyKind.FormUrlEncoded;
        }

        if (type.StartsWith("multipart/", StringComparison.Ordinal))
        {
            return BodyKind.Multipart;
        }

        return type.StartsWith("text/", StringComparison.Ordinal) || type == "application/xml" || type.EndsWith("+xml", StringComparison.Ordinal)
            ? BodyKind.Text
            : BodyKind.Binary;
    }

    private bool IsBinarySchema(SpecNode schema)
        => _references.Dereference(schema) is SpecObject resolved
           && resolved["format"] is SpecScalar { Text: "binary" or "base64" } && resolved["type"] is SpecScalar { Text: "string" } or null;

    private static bool IsStatusCode(string code)
        => code.Length == 3 && char.IsDigit(code[0]) && (char.IsDigit(code[1]) || code[1] == 'X') && (char.IsDigit(code[2]) || code[2] == 'X');

    private string? Description(SpecObject node) => node["description"] is not null ? _context.GetString(node, "description") : null;

    private string? SchemaDescription(SpecNode node) => _references.Dereference(node) is SpecObject schema ? Description(schema) : null;

    /// <summary>A name for an operation without operationId: the method and the path ("GET /pets/{id}" → "GetPetsById").</summary>
    private static string DeriveName(string method, string path)
    {
        var builder = new StringBuilder(Identifiers.ToPascalCase(method));
        foreach (var segment in PathTemplate.Segments(path))
        {
            // Words after the verb need no guard against a leading digit ("POST /2fa" → "Post2fa").
            builder.Append(segment.StartsWith("{", StringComparison.Ordinal) ? "By" + Identifiers.ToPascalCase(segment).TrimStart('_') : Identifiers.ToPascalCase(segment).TrimStart('_'));
        }

        return builder.ToString();
    }
}
