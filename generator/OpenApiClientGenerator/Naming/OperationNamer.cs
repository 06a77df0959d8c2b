using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Model.Spec;

namespace OpenApiClientGenerator.Naming;

/// <summary>
/// Names the operations' methods (from operationId, or from the method and path), their parameters (in signature order:
/// path, required values, the body, optional values) and their result records, and types their response headers.
/// </summary>
internal sealed class OperationNamer
{
    private readonly Action<DiagnosticInfo> _report;
    private readonly Dictionary<string, string> _methodNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string WithResponse, string Core, string? All)> _variantNames = new(StringComparer.Ordinal);

    public OperationNamer(IEnumerable<OperationSpec> operations, Action<DiagnosticInfo> report)
    {
        _report = report;
        var scope = new NameScope(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            var wanted = operation.OperationId is { Length: > 0 } operationId ? Identifiers.ToPascalCase(operationId) : DeriveName(operation);
            var name = scope.Take(wanted);
            if (name != wanted && operation.Location is { } location)
            {
                _report(operation.OperationId is { } id
                    ? DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateOperationId, location, Pointer(operation) + "/operationId", id, name)
                    : DiagnosticInfo.Create(DiagnosticDescriptors.NameCollision, location, Pointer(operation), operation.Key, wanted, name));
            }

            _methodNames[operation.Key] = name;
        }

        // The variants of each method come after every operation's own name, so adding them never renames an operation.
        foreach (var operation in operations)
        {
            var name = _methodNames[operation.Key];
            _variantNames[operation.Key] = (
                scope.Take(name + "WithResponse"),
                scope.Take(name + "Core"),
                operation.Paging is null ? null : scope.Take(name + "All"));
        }
    }

    /// <summary>The method name (without Async) of an operation, by its key.</summary>
    public string MethodName(string operationKey) => _methodNames[operationKey];

    /// <summary>Where an operation is in the spec, as a JSON pointer.</summary>
    public static string Pointer(OperationSpec operation) => $"#/paths/{operation.Path.Replace("~", "~0").Replace("/", "~1")}/{operation.Method.ToString().ToLowerInvariant()}";

    public OperationModel Model(OperationSpec operation, TypeNamer types)
    {
        var methodName = _methodNames[operation.Key];
        var variants = _variantNames[operation.Key];
        var names = new NameScope(StringComparer.Ordinal, ReservedNames.OperationLocals);
        var parameters = operation.Parameters
            .Select(parameter => (Spec: parameter, Model: new ParameterModel(
                names.Take(Identifiers.ToCamelCase(parameter.ClientName ?? parameter.WireName)),
                parameter.WireName,
                parameter.Location,
                types.ToTypeRef(parameter.Type),
                parameter.IsRequired,
                parameter.Description,
                Style(parameter.Style),
                parameter.Explode)
            {
                ClientDefault = parameter.ClientDefault,
            }))
            .ToList()
            .OrderBy(pair => Rank(pair.Model))
            .ThenBy(pair => pair.Spec.Order)
            .Select(pair => pair.Model)
            .ToList();

        return new OperationModel(
            methodName,
            operation.OperationId ?? methodName,
            operation.Method.ToString().ToUpperInvariant(),
            operation.Path,
            operation.Summary,
            operation.Description,
            operation.IsDeprecated,
            AvoidValueLocals(parameters, names),
            operation.RequestBody is { } body ? new RequestBodyModel(body.Kind, body.MediaType, body.Description) : null,
            Responses(operation, methodName, types))
        {
            Paging = operation.Paging is { } paging ? Paging(paging, variants.All ?? methodName + "All", types) : null,
            Security = operation.Security,
            IsExistenceCheck = operation.IsExistenceCheck,
            WithResponseMethodName = variants.WithResponse,
            CoreMethodName = variants.Core,
        };
    }

    /// <summary>The paging of an operation in C# names; null when a property on the way is not on the generated types.</summary>
    private static PagingModel? Paging(PagingSpec paging, string allMethodName, TypeNamer types)
    {
        if (types.PropertyPath(paging.PageSchemaId, new[] { paging.ItemsProperty }) is not { } items
            || types.PropertyPath(paging.PageSchemaId, paging.NextLink) is not { } link)
        {
            return null;
        }

        LinkObjectModel? linkObject = null;
        if (paging.LinkObject is { } spec)
        {
            var linkType = link.Type.Name;
            string? Name(string? wireName) => wireName is null || linkType is null ? null : types.PropertyOf(linkType, wireName);
            string? headerType = null;
            var headers = Name(spec.Headers);
            if (headers is not null && types.PropertyTypeOf(linkType!, spec.Headers!) is { Kind: TypeRefKind.Array, Element: { Kind: TypeRefKind.Named } element })
            {
                headerType = element.Name;
            }

            linkObject = new LinkObjectModel(
                Name(spec.Uri)!,
                Name(spec.Method),
                headerType is null ? null : headers,
                headerType is null || spec.HeaderName is null ? null : types.PropertyOf(headerType, spec.HeaderName),
                headerType is null || spec.HeaderValue is null ? null : types.PropertyOf(headerType, spec.HeaderValue));
            if (linkObject.Uri is null)
            {
                return null;
            }
        }

        return new PagingModel(items.Names[0], types.ToTypeRef(paging.ItemType), link.Names.ToEquatableArray(), linkObject, allMethodName);
    }

    /// <summary>
    /// The responses in C# terms. An operation returns a result record (named after its method) when its results declare
    /// headers, one property per header, or carry different bodies: then one property per result status holds its body and
    /// <c>Status</c> tells which came back. The first result holds the record's name and the headers of all results.
    /// </summary>
    private static EquatableArray<ResponseModel> Responses(OperationSpec operation, string methodName, TypeNamer types)
    {
        var result = operation.Responses.Select(response => new ResponseModel(
            response.StatusCode.ToString(),
            response.Description,
            response.BodyType is { } body ? types.ToTypeRef(body) : null,
            response.BodyKind,
            response.MediaType)
        {
            IsResult = !response.IsError,
            BodyMayBeEmpty = response.BodyMayBeEmpty,
            ReadableMediaTypes = response.ReadableMediaTypes,
        }).ToList();

        var results = Enumerable.Range(0, result.Count).Where(i => result[i].IsResult).ToList();
        var headers = operation.Responses.Where(response => !response.IsError).SelectMany(response => response.Headers)
            .GroupBy(header => header.WireName, StringComparer.OrdinalIgnoreCase).Select(group => group.First()).ToList();
        var isChoice = results.Where(i => result[i].BodyType is not null).Select(i => (result[i].BodyType, result[i].BodyKind)).Distinct().Count() > 1;
        if (operation.IsExistenceCheck || results.Count == 0 || (!isChoice && headers.Count == 0))
        {
            return result.ToEquatableArray();
        }

        var names = new NameScope(StringComparer.Ordinal, ReservedNames.ResultMembers);
        if (isChoice)
        {
            foreach (var i in results.Where(i => result[i].BodyType is not null))
            {
                result[i] = result[i] with { ResultProperty = names.Take(StatusName(operation.Responses[i].StatusCode)) };
            }
        }

        var headerModels = headers.Select(header =>
        {
            // Headers are read from their text: primitives of every format and enums (value types) parse from it;
            // anything else (arrays, objects) stays the text.
            var type = types.ToTypeRef(header.Type);
            if (!(type.Kind == TypeRefKind.Primitive && type.Primitive != PrimitiveType.Stream) && type is not { Kind: TypeRefKind.Named, IsValueType: true })
            {
                type = TypeRef.Of(PrimitiveType.String);
            }

            return new HeaderModel(names.Take(Identifiers.ToPascalCase(header.WireName)), header.WireName, type, header.Description);
        }).ToEquatableArray();

        result[results[0]] = result[results[0]] with { ResultTypeName = types.Reserve(methodName + ReservedNames.ResultSuffix), Headers = headerModels };
        return result.ToEquatableArray();
    }

    /// <summary>The property of a result record for one status: its reason phrase (<c>Ok</c>, <c>Created</c>), else <c>Status</c> and the code.</summary>
    private static string StatusName(StatusCode status) => status.Kind == StatusCodeKind.Exact && ReasonPhrases.TryGetValue(status.Code, out var phrase)
        ? phrase
        : "Status" + status;

    private static readonly Dictionary<int, string> ReasonPhrases = new()
    {
        [200] = "Ok", [201] = "Created", [202] = "Accepted", [203] = "NonAuthoritativeInformation", [204] = "NoContent",
        [205] = "ResetContent", [206] = "PartialContent", [207] = "MultiStatus", [208] = "AlreadyReported", [226] = "ImUsed",
        [300] = "MultipleChoices", [301] = "MovedPermanently", [302] = "Found", [303] = "SeeOther", [304] = "NotModified",
        [307] = "TemporaryRedirect", [308] = "PermanentRedirect", [400] = "BadRequest", [401] = "Unauthorized", [403] = "Forbidden",
        [404] = "NotFound", [409] = "Conflict", [410] = "Gone", [412] = "PreconditionFailed", [422] = "UnprocessableEntity",
    };

    /// <summary>Rank of a parameter in the signature: path, required values, the body, then optional values.</summary>
    private static int Rank(ParameterModel parameter) => parameter.Location switch
    {
        ParameterLocation.Path => 0,
        ParameterLocation.Body or ParameterLocation.FormField => parameter.IsRequired ? 2 : 3,
        _ => parameter.IsRequired ? 1 : 4,
    };

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

    private static string Style(ParameterStyle style) => style switch
    {
        ParameterStyle.Simple => "simple",
        ParameterStyle.Form => "form",
        ParameterStyle.Label => "label",
        ParameterStyle.Matrix => "matrix",
        ParameterStyle.SpaceDelimited => "spaceDelimited",
        ParameterStyle.PipeDelimited => "pipeDelimited",
        ParameterStyle.TabDelimited => "tabDelimited",
        _ => "deepObject",
    };

    /// <summary>A name for an operation without operationId: the method and the path ("GET /pets/{id}" → "GetPetsById").</summary>
    private static string DeriveName(OperationSpec operation)
    {
        var builder = new StringBuilder(operation.Method.ToString());
        foreach (var segment in Parsing.PathTemplate.Segments(operation.Path))
        {
            // Words after the verb need no guard against a leading digit ("POST /2fa" → "Post2fa").
            builder.Append(segment.StartsWith("{", StringComparison.Ordinal) ? "By" + Identifiers.ToPascalCase(segment).TrimStart('_') : Identifiers.ToPascalCase(segment).TrimStart('_'));
        }

        return builder.ToString();
    }
}
