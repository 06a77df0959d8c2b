using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Model.Spec;

namespace OpenApiClientGenerator.Naming;

/// <summary>
/// The naming and layout pass between the parser and the emitters: it decides which schemas are types
/// (<see cref="TypeCanonicalizer"/>), then gives every type, member, method, parameter, result record and request builder
/// its C# name and every type its file, from one table of reserved names (<see cref="ReservedNames"/>), so the emitters only
/// write. Every generated name comes from here.
/// </summary>
internal static class ClientModelBuilder
{
    public static ClientModel Build(ApiSpec spec, GeneratorOptions options, Action<DiagnosticInfo> report, CancellationToken cancellationToken)
    {
        var clientNames = ClientNames.From(options);
        var typeNames = new NameScope(reserved: clientNames.All);
        var (types, replacements) = TypeCanonicalizer.Run(spec.Schemas, cancellationToken);

        var operationNamer = new OperationNamer(spec.Operations, report);
        var typeNamer = new TypeNamer(types, replacements, typeNames, operationNamer.MethodName, report);
        var typeModels = typeNamer.Models(types);
        var operations = spec.Operations.Select(operation => operationNamer.Model(operation, typeNamer)).ToList();

        var pathLocations = spec.Operations.Zip(operations, (operationSpec, model) => (model.MethodName, operationSpec.PathLocation))
            .ToDictionary(pair => pair.MethodName, pair => pair.PathLocation, StringComparer.Ordinal);
        var (builders, rootAccessors) = spec.PathsLocation is null
            ? (EquatableArray<RequestBuilderModel>.Empty, EquatableArray<RequestBuilderAccessor>.Empty)
            : new RequestBuilderPlanner(typeNamer, report, operation => pathLocations[operation.MethodName], cancellationToken).Plan(operations);

        return new ClientModel(
            spec.SpecPath,
            options.Namespace,
            clientNames.Client,
            clientNames.Interface,
            clientNames.Options,
            clientNames.Exception,
            spec.Title,
            spec.Description,
            spec.DefaultBaseAddress,
            typeModels.ToEquatableArray(),
            operations.ToEquatableArray(),
            builders,
            rootAccessors,
            ClientModel.ComputeHasModels(typeModels.ToList(), operations),
            ClientModel.ComputeUsesDeprecated(typeModels, operations))
        {
            SecuritySchemes = SecuritySchemes(spec.SecuritySchemes),
            SecretHeaders = spec.SecuritySchemes.Where(scheme => scheme.Kind == SecuritySchemeKind.ApiKey && scheme.In == ParameterLocation.Header).Select(scheme => scheme.ParameterName!).ToEquatableArray(),
            ResponseName = clientNames.Response,
            PageableName = clientNames.Pageable,
            PageName = clientNames.Page,
        };
    }

    /// <summary>Each security scheme as a client option named after its key ("api_key" → ApiKey).</summary>
    private static EquatableArray<SecuritySchemeModel> SecuritySchemes(EquatableArray<SecuritySchemeSpec> schemes)
    {
        var names = new NameScope(StringComparer.Ordinal, new[] { "BaseAddress", "DefaultBaseAddress", "Timeout", "NetworkTimeout", "MaxResponseBodySize" });
        return schemes.Select(scheme => new SecuritySchemeModel(scheme.Key, scheme.Kind, names.Take(Identifiers.ToPascalCase(scheme.Key, "Credential")), scheme.ParameterName, scheme.In, scheme.Description)).ToEquatableArray();
    }
}
