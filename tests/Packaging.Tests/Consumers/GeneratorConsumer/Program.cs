using System.Net;
using System.Text;
using Todo.Api;

// A consumer of the generator package alone: its own YAML spec, generated at build time, called through a stub handler.
using var http = new HttpClient(new StubHandler());
var client = new TodoClient(http);
var todo = await client.GetTodoAsync(42);
Console.WriteLine($"todo={todo.Id}:{todo.Title}:{todo.State}:{todo.State?.IsKnown}");

sealed class StubHandler : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent($"{{\"id\":42,\"title\":\"{request.RequestUri}\",\"state\":\"archived\"}}", Encoding.UTF8, "application/json"),
        });
}
