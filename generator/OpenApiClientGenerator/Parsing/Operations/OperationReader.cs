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
/// Reads <c>paths</c> (OpenAPI 3 shape: Swagger 2.0 is normalised before) into <see cref="OperationSpec"/>s, one per path
/// and HTTP method, in document order: parameters, the request body (as Body or FormField parameters) and the responses.
/// </summary>
internal sealed class OperationReader
{
    private readonly ParseContext _context;
    private readonly SchemaResolver _schemas;
    private readonly bool _requiresResponses;
    private readonly List<OperationSpec> _operations = new();

    public OperationReader(ParseContext context, SchemaResolver schemas, bool requiresResponses)
    {
        _context = context;
        _schemas = schemas;
        _requiresResponses = requiresResponses;
    }

    public IReadOnlyList<OperationSpec> Operations => _operations;

    private ReferenceResolver References => _schemas.References;

    public void Read(SpecObject? paths)
    {
        foreach (var path in paths?.Properties ?? Array.Empty<SpecProperty>())
        {
            if (path.Name.StartsWith("x-", StringComparison.Ordinal) || References.Dereference(path.Value, "the path is left out") is not SpecObject pathItem)
            {
                continue;
            }

            var sharedParameters = _context.GetArray(pathItem, "parameters");
            foreach (var entry in pathItem.Properties)
            {
                _context.CancellationToken.ThrowIfCancellationRequested();
                if (Methods.TryGet(entry.Name, out var method) && _context.As<SpecObject>(entry.Value, SpecNodeKind.Object) is { } operation)
                {
                    ReadOperation(path, method, entry, operation, sharedParameters);
                }
            }
        }
    }

    private void ReadOperation(SpecProperty path, Model.HttpMethod method, SpecProperty entry, SpecObject operation, SpecArray? sharedParameters)
    {
        var key = Methods.Name(method) + " " + path.Name;
        var operationIdNode = operation["operationId"];
        var operationId = operationIdNode is not null ? _context.GetString(operation, "operationId") : null;
        var document = _context.Documents.Of(operation);
        var parameters = new List<ParameterSpec>();
        ReadParameters(path.Name, key, operation, sharedParameters, parameters);
        var requestBody = ReadRequestBody(operation, key, parameters);

        _operations.Add(new OperationSpec(
            key,
            operationId,
            method,
            path.Name,
            operation["summary"] is not null ? _context.GetString(operation, "summary") : null,
            Description(operation),
            operation["deprecated"] is not null && _context.GetBoolean(operation, "deprecated"),
            parameters.ToEquatableArray(),
            requestBody,
            ReadResponses(operation, key),
            operationId is not null ? document.LocationOf(operationIdNode!) : document.LocationOfKey(entry),
            document.LocationOfKey(path)));
    }

    private void ReadParameters(string path, string operationKey, SpecObject operation, SpecArray? sharedParameters, List<ParameterSpec> collected)
    {
        // Operation-level parameters override path-level ones with the same name and location.
        var byKey = new Dictionary<(string Name, string In), (SpecObject Node, string? Component, int Order)>();
        var order = 0;
        foreach (var list in new[] { sharedParameters, _context.GetArray(operation, "parameters") })
        {
            foreach (var item in list?.Items ?? Array.Empty<SpecNode>())
            {
                if (References.Dereference(item, "the parameter is left out") is not SpecObject parameter)
                {
                    continue;
                }

                var name = _context.GetString(parameter, "name");
                var location = _context.GetString(parameter, "in");
                if (name is null || location is null)
                {
                    _context.Report(DiagnosticDescriptors.MissingRequiredField, parameter, parameter.Pointer, name is null ? "name" : "in", "the parameter is skipped");
                    continue;
                }

                byKey[(name, location)] = (parameter, ComponentName(item), byKey.TryGetValue((name, location), out var existing) ? existing.Order : order++);
            }
        }

        var templateNames = PathTemplate.ParameterNames(path);
        foreach (var pair in byKey.OrderBy(pair => pair.Value.Order))
        {
            var (wireName, location) = pair.Key;
            var node = pair.Value.Node;
            ParameterLocation? parameterLocation = location switch
            {
                "path" => ParameterLocation.Path,
                "query" => ParameterLocation.Query,
                "header" => ParameterLocation.Header,
                "cookie" => ParameterLocation.Cookie,
                _ => null,
            };

            if (parameterLocation is not { } known)
            {
                _context.Report(DiagnosticDescriptors.UnsupportedConstruct, node["in"]!, node["in"]!.Pointer, $"the parameter location '{location}' is unknown; the parameter is skipped");
                continue;
            }

            if (known == ParameterLocation.Path && !templateNames.Contains(wireName))
            {
                _context.Report(DiagnosticDescriptors.PathParameterMismatch, node, node.Pointer, $"the path parameter '{wireName}' does not appear in the path '{path}'; it is skipped");
                continue;
            }

            // A shared parameter's inline types are named after its component, not after whichever operation came first.
            var hint = pair.Value.Component is { } component ? NameHint.Given(component) : NameHint.OfOperation(operationKey, wireName);
            var type = node["schema"] is { } schemaNode ? _schemas.Resolve(schemaNode, hint) : new ResolvedSchema(SchemaRef.Of(PrimitiveType.String), false, null);
            var isRequired = known == ParameterLocation.Path || (node["required"] is not null && _context.GetBoolean(node, "required"));
            var (style, explode) = Style(node, known);
            collected.Add(new ParameterSpec(wireName, known, type.Type, isRequired, Description(node) ?? type.Description, style, explode, known == ParameterLocation.Path ? templateNames.IndexOf(wireName) : pair.Value.Order));
        }

        foreach (var missing in templateNames.Where(name => !byKey.ContainsKey((name, "path"))))
        {
            _context.Report(DiagnosticDescriptors.PathParameterMismatch, operation, operation.Pointer, $"the path '{path}' uses '{{{missing}}}', which no parameter declares; it is added as a string parameter");
            collected.Add(new ParameterSpec(missing, ParameterLocation.Path, SchemaRef.Of(PrimitiveType.String), true, null, ParameterStyle.Simple, false, templateNames.IndexOf(missing)));
        }
    }

    /// <summary>The component name of a referenced parameter (#/components/parameters/Name, or Swagger 2.0's #/parameters/Name), else null.</summary>
    private static string? ComponentName(SpecNode item)
    {
        var text = ReferenceResolver.GetReference(item)?.Text;
        foreach (var prefix in new[] { "#/components/parameters/", "#/parameters/" })
        {
            if (text is not null && text.StartsWith(prefix, StringComparison.Ordinal) && text.Length > prefix.Length)
            {
                return text.Substring(prefix.Length);
            }
        }

        return null;
    }

    /// <summary>The serialization style (OpenAPI defaults when absent: form for query and cookie, else simple).</summary>
    private (ParameterStyle Style, bool Explode) Style(SpecObject node, ParameterLocation location)
    {
        var text = node["style"] is not null ? _context.GetString(node, "style") : null;
        var style = text switch
        {
            "simple" => ParameterStyle.Simple,
            "form" => ParameterStyle.Form,
            "label" => ParameterStyle.Label,
            "matrix" => ParameterStyle.Matrix,
            "spaceDelimited" => ParameterStyle.SpaceDelimited,
            "pipeDelimited" => ParameterStyle.PipeDelimited,
            "tabDelimited" => ParameterStyle.TabDelimited,
            "deepObject" => ParameterStyle.DeepObject,
            _ => location is ParameterLocation.Query or ParameterLocation.Cookie ? ParameterStyle.Form : ParameterStyle.Simple,
        };
        var explode = node["explode"] is not null ? _context.GetBoolean(node, "explode") : style == ParameterStyle.Form;
        return (style, explode);
    }

    private RequestBodySpec? ReadRequestBody(SpecObject operation, string operationKey, List<ParameterSpec> collected)
    {
        if (operation["requestBody"] is not { } bodyNode || References.Dereference(bodyNode, "the request is sent without a body") is not SpecObject body)
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

        // The name code gives the body: "body", or what the x-codegen-request-body-name extension says (as Swagger 2.0's body parameter's name does).
        var bodyName = operation["x-codegen-request-body-name"] is SpecScalar { Kind: SpecNodeKind.String, Text.Length: > 0 } named ? named.Text : "body";
        var (mediaType, kind) = MediaTypes.Preferred(content.Properties.Select(p => p.Name));
        var schema = (content[mediaType] as SpecObject)?["schema"];
        const int BodyOrder = 1000;
        switch (kind)
        {
            case BodyKind.FormUrlEncoded:
            case BodyKind.Multipart:
                if (schema is not null && References.Dereference(schema) is SpecObject formSchema && _context.GetObject(formSchema, "properties") is { } fields)
                {
                    var requiredFields = _context.GetArray(formSchema, "required")?.Items.OfType<SpecScalar>().Select(item => item.Text).ToList() ?? new List<string>();
                    var order = BodyOrder;
                    foreach (var field in fields.Properties)
                    {
                        var type = IsBinarySchema(field.Value) ? SchemaRef.Of(PrimitiveType.Stream) : _schemas.Resolve(field.Value, NameHint.OfOperation(operationKey, field.Name)).Type;

                        // A field the schema requires is required of the caller, even when the body as a whole is optional.
                        collected.Add(new ParameterSpec(field.Name, ParameterLocation.FormField, type, requiredFields.Contains(field.Name), SchemaDescription(field.Value), ParameterStyle.Form, true, order++));
                    }

                    return new RequestBodySpec(kind, mediaType, description);
                }

                _context.Report(DiagnosticDescriptors.UnsupportedConstruct, schema ?? body, (schema ?? body).Pointer, "a form body without an object schema is sent as raw text");
                kind = BodyKind.Text;
                break;
            case BodyKind.Json:
                var resolved = schema is null ? ResolvedSchema.Any() : _schemas.Resolve(schema, NameHint.OfOperation(operationKey, "Request"));
                collected.Add(new ParameterSpec(bodyName, ParameterLocation.Body, resolved.Type, required, description ?? resolved.Description, ParameterStyle.Simple, false, BodyOrder));
                return new RequestBodySpec(kind, mediaType, description);
        }

        collected.Add(new ParameterSpec(bodyName, ParameterLocation.Body, SchemaRef.Of(kind == BodyKind.Binary ? PrimitiveType.Stream : PrimitiveType.String), required, description, ParameterStyle.Simple, false, BodyOrder));
        return new RequestBodySpec(kind, mediaType, description);
    }

    private EquatableArray<ResponseSpec> ReadResponses(SpecObject operation, string operationKey)
    {
        if (_context.GetObject(operation, "responses") is not { } responses)
        {
            if (_requiresResponses)
            {
                _context.Report(DiagnosticDescriptors.MissingRequiredField, operation, operation.Pointer, "responses", "the operation is generated as returning no value");
            }

            return EquatableArray<ResponseSpec>.Empty;
        }

        var result = new List<ResponseSpec>();
        foreach (var entry in responses.Properties)
        {
            if (entry.Name.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            if (StatusCode.Parse(entry.Name) is not { } statusCode)
            {
                _context.ReportAtKey(DiagnosticDescriptors.UnexpectedNodeType, entry, entry.Value.Pointer, "a status code (such as 200 or 4XX) or 'default'", $"'{entry.Name}'");
                continue;
            }

            if (References.Dereference(entry.Value, "the response is read without a body") is not SpecObject response)
            {
                result.Add(new ResponseSpec(statusCode, null, null, BodyKind.None, null, EquatableArray<HeaderSpec>.Empty));
                continue;
            }

            var words = statusCode.IsSuccess ? "Response" : statusCode.Kind == StatusCodeKind.Default ? "Error" : statusCode + "Error";
            var (schema, mediaType, kind) = ResponseBody(response);
            SchemaRef? bodyType = kind switch
            {
                BodyKind.Json => schema is null ? SchemaRef.Any : _schemas.Resolve(schema, NameHint.OfOperation(operationKey, words)).Type,
                BodyKind.Binary => SchemaRef.Of(PrimitiveType.Stream),
                BodyKind.Text => SchemaRef.Of(PrimitiveType.String),
                _ => null,
            };
            var headers = statusCode.IsSuccess ? ReadHeaders(response, operationKey) : EquatableArray<HeaderSpec>.Empty;
            result.Add(new ResponseSpec(statusCode, Description(response), bodyType, kind, mediaType, headers));
        }

        return result.ToEquatableArray();
    }

    private EquatableArray<HeaderSpec> ReadHeaders(SpecObject response, string operationKey)
    {
        var result = new List<HeaderSpec>();
        foreach (var header in _context.GetObject(response, "headers")?.Properties ?? Array.Empty<SpecProperty>())
        {
            if (References.Dereference(header.Value, "the header is left out") is not SpecObject definition)
            {
                continue;
            }

            var type = definition["schema"] is { } schema ? _schemas.Resolve(schema, NameHint.OfOperation(operationKey, header.Name)).Type : SchemaRef.Of(PrimitiveType.String);
            result.Add(new HeaderSpec(header.Name, type, Description(definition)));
        }

        return result.ToEquatableArray();
    }

    /// <summary>The body of a response: its content, preferring JSON; text with a binary schema is raw content.</summary>
    private (SpecNode? Schema, string? MediaType, BodyKind Kind) ResponseBody(SpecObject response)
    {
        if (_context.GetObject(response, "content") is not { Count: > 0 } content)
        {
            return (null, null, BodyKind.None);
        }

        var (preferred, preferredKind) = MediaTypes.Preferred(content.Properties.Select(p => p.Name));
        var bodySchema = (content[preferred] as SpecObject)?["schema"];
        if (preferredKind == BodyKind.Text && bodySchema is not null && IsBinarySchema(bodySchema))
        {
            preferredKind = BodyKind.Binary;
        }

        return (bodySchema, preferred, preferredKind is BodyKind.FormUrlEncoded or BodyKind.Multipart ? BodyKind.Text : preferredKind);
    }

    private bool IsBinarySchema(SpecNode schema)
        => References.Dereference(schema) is SpecObject resolved
           && resolved["format"] is SpecScalar { Text: "binary" or "base64" } && resolved["type"] is SpecScalar { Text: "string" } or null;

    private string? Description(SpecObject node) => node["description"] is not null ? _context.GetString(node, "description") : null;

    private string? SchemaDescription(SpecNode node) => References.Dereference(node) is SpecObject schema ? Description(schema) : null;
}
