using Microsoft.AspNetCore.Http;

namespace DigitalPost.GraphQLGateway.Ide;

/// <summary><c>GET /graphql?sdl</c>: the schema's SDL as text/plain.</summary>
public static class GatewaySdl
{
    public static bool IsSdlRequest(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Query.ContainsKey("sdl");

    public static Task WriteAsync(HttpContext context, string sdl)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(sdl, context.RequestAborted);
    }
}
