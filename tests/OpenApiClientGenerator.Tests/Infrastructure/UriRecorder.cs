using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiClientGenerator.Tests.Infrastructure;

/// <summary>A handler over real sockets that records the <see cref="Uri"/> of each request as the handler is given it (WireMock's log decodes the path).</summary>
internal sealed class UriRecorder(List<Uri> uris) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        uris.Add(request.RequestUri!);
        return base.SendAsync(request, cancellationToken);
    }
}
