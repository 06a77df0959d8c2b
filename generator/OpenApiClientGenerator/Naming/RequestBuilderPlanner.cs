using System;
using System.Collections.Generic;
using System.Linq;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Parsing;

namespace OpenApiClientGenerator.Naming;

/// <summary>
/// Plans the fluent path API: a tree of builders following the path segments, so that
/// <c>/customers/{customer-id}/analytics</c> reads as <c>client.Customers.ById(customerId).Analytics</c>.
/// A literal segment becomes a property, a parameter segment a <c>By…</c> method, and each operation a method named after its HTTP verb.
/// </summary>
internal sealed class RequestBuilderPlanner
{
    private readonly TypeNamer _typeNames;
    private readonly Action<DiagnosticInfo> _report;
    private readonly Func<OperationModel, LocationInfo?> _pathLocation;
    private readonly System.Threading.CancellationToken _cancellationToken;

    public RequestBuilderPlanner(TypeNamer typeNames, Action<DiagnosticInfo> report, Func<OperationModel, LocationInfo?> pathLocation, System.Threading.CancellationToken cancellationToken)
    {
        _typeNames = typeNames;
        _report = report;
        _pathLocation = pathLocation;
        _cancellationToken = cancellationToken;
    }

    public (EquatableArray<RequestBuilderModel> Builders, EquatableArray<RequestBuilderAccessor> RootAccessors) Plan(IReadOnlyList<OperationModel> operations)
    {
        var root = new Node(string.Empty, null, string.Empty);
        foreach (var operation in operations)
        {
            var segments = PathTemplate.Segments(operation.Path);
            if (segments.Any(segment => segment.IndexOf('{') >= 0 && !PathTemplate.IsParameterSegment(segment, out _)))
            {
                ReportSkipped(operation, "its path mixes text and parameters in one segment, which the fluent API cannot express");
                continue;
            }

            var parameterNames = PathTemplate.ParameterNames(string.Join("/", segments));
            if (parameterNames.Distinct(StringComparer.Ordinal).Count() != parameterNames.Count)
            {
                ReportSkipped(operation, "its path uses the same parameter twice, which the fluent API cannot express");
                continue;
            }

            var node = root;
            foreach (var segment in segments)
            {
                node = node.Child(segment, operation);
            }

            node.Operations.Add(operation);
        }

        var builders = new List<RequestBuilderModel>();
        var rootAccessors = new List<RequestBuilderAccessor>();
        var rootMembers = new NameScope(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            rootMembers.Reserve(operation.AsyncMethodName);
            rootMembers.Reserve(operation.WithResponseMethodName + "Async");
            rootMembers.Reserve(operation.CoreMethodName + "Async");
            if (operation.Paging is { } paging)
            {
                rootMembers.Reserve(paging.AllItemsMethodName + "Async");
            }
        }

        foreach (var child in root.Children)
        {
            rootAccessors.Add(Build(child, string.Empty, EquatableArray<ParameterModel>.Empty, rootMembers, builders, null));
        }

        return (builders.ToEquatableArray(), rootAccessors.ToEquatableArray());
    }

    private RequestBuilderAccessor Build(Node node, string parentName, EquatableArray<ParameterModel> inheritedParameters, NameScope siblingMembers, List<RequestBuilderModel> builders, string? file)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var isParameter = PathTemplate.IsParameterSegment(node.Segment, out var parameterName);
        // "/pets/{id}" → PetsItem; a path that starts with a parameter ("/{dataset}") is named after the parameter.
        var namePart = isParameter ? (parentName.Length == 0 ? Identifiers.ToPascalCase(parameterName) : string.Empty) + "Item" : SegmentName(node.Segment);
        var baseName = parentName + namePart;
        var builderName = _typeNames.Reserve(baseName + ReservedNames.RequestBuilderSuffix);
        file ??= builderName;

        ParameterModel? parameter = null;
        var parameters = inheritedParameters;
        string memberName;
        if (isParameter)
        {
            parameter = node.Parameter(parameterName);
            parameters = inheritedParameters.Concat(new[] { parameter }).ToEquatableArray();
            memberName = siblingMembers.Take("By" + ByName(parameter, node.Parent?.Segment));
        }
        else
        {
            memberName = siblingMembers.Take(SegmentName(node.Segment));
        }

        var members = new NameScope(StringComparer.Ordinal);
        var builderOperations = new List<RequestBuilderOperation>();
        foreach (var operation in node.Operations)
        {
            if (!PathParametersMatch(operation, parameters))
            {
                ReportSkipped(operation, "its path parameters have other types than another operation's on the same path");
                continue;
            }

            var verb = Identifiers.ToPascalCase(operation.HttpMethod.ToLowerInvariant());
            builderOperations.Add(new RequestBuilderOperation(members.Take(verb + "Async"), operation.AsyncMethodName)
            {
                WithResponseMethodName = members.Take(verb + "WithResponseAsync"),
                AllMethodName = operation.Paging is null ? null : members.Take(verb + "AllAsync"),
            });
        }

        var children = new List<RequestBuilderAccessor>();
        foreach (var child in node.Children)
        {
            children.Add(Build(child, baseName, parameters, members, builders, file));
        }

        builders.Add(new RequestBuilderModel(builderName, node.Template, parameters, children.ToEquatableArray(), builderOperations.ToEquatableArray()) { File = file });
        return new RequestBuilderAccessor(memberName, builderName, node.Segment, parameter);
    }

    private static bool PathParametersMatch(OperationModel operation, EquatableArray<ParameterModel> parameters)
        => operation.Parameters
            .Where(parameter => parameter.Location == ParameterLocation.Path)
            .All(parameter => parameters.Any(inherited => inherited.WireName == parameter.WireName && inherited.Type == parameter.Type));

    private void ReportSkipped(OperationModel operation, string reason)
        => _report(DiagnosticInfo.Create(
            DiagnosticDescriptors.UnsupportedConstruct,
            _pathLocation(operation),
            "#/paths/" + operation.Path.Replace("~", "~0").Replace("/", "~1"),
            $"{operation.HttpMethod} {operation.Path} is left out of the fluent API because {reason}; call {operation.AsyncMethodName} on the client instead"));

    /// <summary>A literal segment as a name; a version segment ("2.0", "v1") reads as V2_0, V1.</summary>
    private static string SegmentName(string segment)
        => System.Text.RegularExpressions.Regex.IsMatch(segment, "^[0-9]+(\\.[0-9]+)*$")
            ? "V" + segment.Replace('.', '_')
            : Identifiers.ToPascalCase(segment, "Segment");

    /// <summary>"customer-id" under "customers" reads as ById; "username" under "user" as ByUsername.</summary>
    private static string ByName(ParameterModel parameter, string? parentSegment)
    {
        var pascal = Identifiers.ToPascalCase(parameter.WireName);
        if (parentSegment is not null && !parentSegment.StartsWith("{", StringComparison.Ordinal))
        {
            var singular = Identifiers.ToPascalCase(Identifiers.Singularize(parentSegment));
            if (pascal.Length > singular.Length && pascal.StartsWith(singular, StringComparison.Ordinal) && char.IsUpper(pascal[singular.Length]))
            {
                return pascal.Substring(singular.Length);
            }
        }

        return pascal;
    }

    private sealed class Node
    {
        private readonly Dictionary<string, Node> _children = new(StringComparer.Ordinal);
        private readonly List<Node> _ordered = new();
        private readonly OperationModel? _firstOperation;

        public Node(string segment, Node? parent, string template, OperationModel? firstOperation = null)
        {
            Segment = segment;
            Parent = parent;
            Template = template;
            _firstOperation = firstOperation;
        }

        public string Segment { get; }

        public Node? Parent { get; }

        public string Template { get; }

        public List<OperationModel> Operations { get; } = new();

        public IReadOnlyList<Node> Children => _ordered;

        public Node Child(string segment, OperationModel operation)
        {
            if (!_children.TryGetValue(segment, out var child))
            {
                child = new Node(segment, this, Template + "/" + segment, operation);
                _children.Add(segment, child);
                _ordered.Add(child);
            }

            return child;
        }

        /// <summary>The parameter as declared by the first operation that reaches this segment.</summary>
        public ParameterModel Parameter(string wireName)
            => _firstOperation!.Parameters.First(parameter => parameter.Location == ParameterLocation.Path && parameter.WireName == wireName);
    }
}
