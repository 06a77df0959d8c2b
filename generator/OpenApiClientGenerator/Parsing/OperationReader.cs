using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Parsing.Documents;
using OpenApiClientGenerator.Parsing.Naming;

namespace OpenApiClientGenerator.Parsing;

/// <summary>Reads <c>paths</c> into <see cref="OperationModel"/>s, one per path and HTTP method, in document order.</summary>
internal sealed class OperationReader
{
    private static readonly string[] HttpMethods = { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

    private readonly ParseContext _context;
    private readonly ReferenceResolver _references;
    private readonly SchemaReader _schemas;
    private readonly NameScope _methodNames = new(StringComparer.Ordinal);
    private readonly List<OperationModel> _operations = new();

    public OperationReader(ParseContext context, ReferenceResolver references, SchemaReader schemas)
    {
        _context = context;
        _references = references;
        _schemas = schemas;
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

            if (_references.Dereference(path.Value) is not SpecObject pathItem)
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

        if (operation["requestBody"] is { } requestBody)
        {
            _context.Report(DiagnosticDescriptors.UnsupportedConstruct, requestBody, requestBody.Pointer, "request bodies are not supported yet; the method is generated without one");
        }

        var parameters = ReadParameters(path, methodName, operation, sharedParameters);
        var responses = ReadResponses(operation, methodName);

        _operations.Add(new OperationModel(
            methodName,
            operationId ?? methodName,
            method.ToUpperInvariant(),
            path,
            operation["summary"] is not null ? _context.GetString(operation, "summary") : null,
            operation["description"] is not null ? _context.GetString(operation, "description") : null,
            operation["deprecated"] is not null && _context.GetBoolean(operation, "deprecated"),
            parameters,
            responses));
    }

    private EquatableArray<ParameterModel> ReadParameters(string path, string methodName, SpecObject operation, SpecArray? sharedParameters)
    {
        // Operation-level parameters override path-level ones with the same name and location.
        var byKey = new Dictionary<(string Name, string In), (SpecObject Node, int Order)>();
        var order = 0;
        foreach (var list in new[] { sharedParameters, _context.GetArray(operation, "parameters") })
        {
            if (list is null)
            {
                continue;
            }

            foreach (var item in list.Items)
            {
                if (_references.Dereference(item) is not SpecObject parameter)
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

                byKey[(name, location)] = (parameter, byKey.TryGetValue((name, location), out var existing) ? existing.Order : order++);
            }
        }

        var templateNames = PathTemplate.ParameterNames(path);
        var names = new NameScope(StringComparer.Ordinal, new[] { "cancellationToken" });
        var result = new List<(ParameterModel Model, int Rank, int Order)>();
        foreach (var pair in byKey.OrderBy(pair => pair.Value.Order))
        {
            var (wireName, location) = pair.Key;
            var node = pair.Value.Node;
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

            var resolved = node["schema"] is { } schema
                ? _schemas.Resolve(schema, methodName + Identifiers.ToPascalCase(wireName))
                : new ResolvedType(TypeRef.Of(PrimitiveType.String), false, null);
            var required = parameterLocation == ParameterLocation.Path || (node["required"] is not null && _context.GetBoolean(node, "required"));
            var description = node["description"] is not null ? _context.GetString(node, "description") : resolved.Description;
            var model = new ParameterModel(names.Take(Identifiers.ToCamelCase(wireName)), wireName, parameterLocation.Value, resolved.Type, required, description);

            // Path parameters first in template order, then the other required ones, then optional ones.
            var rank = parameterLocation == ParameterLocation.Path ? 0 : required ? 1 : 2;
            var position = parameterLocation == ParameterLocation.Path ? templateNames.IndexOf(wireName) : pair.Value.Order;
            result.Add((model, rank, position));
        }

        foreach (var missing in templateNames.Where(name => !byKey.ContainsKey((name, "path"))))
        {
            _context.Report(DiagnosticDescriptors.PathParameterMismatch, operation, operation.Pointer, $"the path '{path}' uses '{{{missing}}}', which no parameter declares; it is added as a string parameter");
            result.Add((new ParameterModel(names.Take(Identifiers.ToCamelCase(missing)), missing, ParameterLocation.Path, TypeRef.Of(PrimitiveType.String), true, null), 0, templateNames.IndexOf(missing)));
        }

        return result.OrderBy(item => item.Rank).ThenBy(item => item.Order).Select(item => item.Model).ToEquatableArray();
    }

    private EquatableArray<ResponseModel> ReadResponses(SpecObject operation, string methodName)
    {
        if (_context.GetObject(operation, "responses") is not { } responses)
        {
            _context.Report(DiagnosticDescriptors.MissingRequiredField, operation, operation.Pointer, "responses", "the operation is generated as returning no value");
            return EquatableArray<ResponseModel>.Empty;
        }

        var result = new List<ResponseModel>();
        foreach (var entry in responses.Properties)
        {
            if (entry.Name.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            if (_references.Dereference(entry.Value) is not SpecObject response)
            {
                result.Add(new ResponseModel(entry.Name, null, null));
                continue;
            }

            var description = response["description"] is not null ? _context.GetString(response, "description") : null;
            var bodyType = JsonSchema(response) is { } schema
                ? _schemas.Resolve(schema, methodName + (entry.Name.StartsWith("2", StringComparison.Ordinal) ? "Response" : Identifiers.ToPascalCase(entry.Name) + "Error")).Type
                : null;
            result.Add(new ResponseModel(string.Equals(entry.Name, "default", StringComparison.OrdinalIgnoreCase) ? "default" : entry.Name.ToUpperInvariant(), description, bodyType));
        }

        return result.ToEquatableArray();
    }

    /// <summary>The schema of the JSON media type of a response or request body, if it has one.</summary>
    private SpecNode? JsonSchema(SpecObject owner)
    {
        if (_context.GetObject(owner, "content") is not { } content)
        {
            return null;
        }

        foreach (var media in content.Properties)
        {
            if (IsJson(media.Name) && media.Value is SpecObject mediaType && mediaType["schema"] is { } schema)
            {
                return schema;
            }
        }

        return null;
    }

    internal static bool IsJson(string mediaType)
    {
        var type = mediaType.Split(';')[0].Trim();
        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
               || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
               || type.Equals("*/*", StringComparison.Ordinal);
    }

    /// <summary>A name for an operation without operationId: the method and the path ("GET /pets/{id}" → "GetPetsById").</summary>
    private static string DeriveName(string method, string path)
    {
        var builder = new StringBuilder(Identifiers.ToPascalCase(method));
        foreach (var segment in path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(segment.StartsWith("{", StringComparison.Ordinal) ? "By" + Identifiers.ToPascalCase(segment) : Identifiers.ToPascalCase(segment));
        }

        return builder.ToString();
    }
}
