using System.Net;
using System.Text.Encodings.Web;

namespace DigitalPost.GraphQLGateway.Ide;

/// <summary>
/// The IDE's HTML: GraphiQL over HTTP and <c>graphql-ws</c> against the same origin, with a token field (sent as
/// <c>Authorization: Bearer</c> and in the connection_init payload) and a platform choice (header / payload).
/// </summary>
public static class GraphiQLPage
{
    public static string Render(GatewayIdeOptions options)
    {
        var assets = options.AssetsPath;
        string Asset(string file) => WebUtility.HtmlEncode(assets + "/" + file);
        var endpoint = JavaScriptEncoder.Default.Encode(options.Path);
        var title = WebUtility.HtmlEncode(options.Title);
        return $$"""
            <!DOCTYPE html>
            <html lang="da">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <meta name="referrer" content="no-referrer">
              <title>{{title}}</title>
              <link rel="stylesheet" href="{{Asset(GraphiQLAssets.GraphiQLStyles)}}">
              <style>
                html, body { height: 100%; margin: 0; }
                body { display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
                #dp-bar { display: flex; gap: .5rem; align-items: center; padding: .4rem .6rem; border-bottom: 1px solid #ddd; font-size: 14px; }
                #dp-token { flex: 1; font-family: monospace; }
                #graphiql { flex: 1; min-height: 0; }
              </style>
            </head>
            <body>
              <div id="dp-bar">
                <label for="dp-token">Token</label>
                <input id="dp-token" type="password" autocomplete="off" placeholder="Paste a bearer token (Development: POST /auth/dev-token)">
                <label for="dp-platform">Platform</label>
                <select id="dp-platform">
                  <option value="">(from token)</option>
                  <option>borger.dk</option><option>app</option><option>e-boks</option><option>mit.dk</option>
                </select>
              </div>
              <div id="graphiql">Loading…</div>
              <script src="{{Asset(GraphiQLAssets.React)}}"></script>
              <script src="{{Asset(GraphiQLAssets.ReactDom)}}"></script>
              <script src="{{Asset(GraphiQLAssets.GraphQLWs)}}"></script>
              <script src="{{Asset(GraphiQLAssets.GraphiQLScript)}}"></script>
              <script>
                (function () {
                  var endpoint = "{{endpoint}}";
                  var httpUrl = location.origin + endpoint;
                  var wsUrl = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + endpoint;
                  var tokenInput = document.getElementById("dp-token");
                  var platformInput = document.getElementById("dp-platform");
                  // Session storage: the token survives a reload but not the browser session.
                  tokenInput.value = sessionStorage.getItem("dp-token") || "";
                  platformInput.value = sessionStorage.getItem("dp-platform") || "";
                  function token() { return tokenInput.value.trim().replace(/^Bearer\s+/i, ""); }
                  function platform() { return platformInput.value; }

                  var client = null;
                  function newClient() {
                    return graphqlWs.createClient({
                      url: wsUrl,
                      lazy: true,
                      connectionParams: function () {
                        var params = {};
                        if (token()) { params.authorization = "Bearer " + token(); }
                        if (platform()) { params.platform = platform(); }
                        return params;
                      }
                    });
                  }
                  function restart() {
                    sessionStorage.setItem("dp-token", tokenInput.value);
                    sessionStorage.setItem("dp-platform", platformInput.value);
                    // The socket authenticated with the old token: a new one must run connection_init again.
                    if (client) { client.dispose(); }
                    client = newClient();
                  }
                  client = newClient();
                  tokenInput.addEventListener("change", restart);
                  platformInput.addEventListener("change", restart);
                  var wsClient = {
                    subscribe: function (payload, sink) { return client.subscribe(payload, sink); },
                    iterate: function (payload) { return client.iterate(payload); },
                    on: function (event, listener) { return client.on(event, listener); },
                    dispose: function () { return client.dispose(); },
                    terminate: function () { return client.terminate(); }
                  };

                  function authorisedFetch(input, init) {
                    init = init || {};
                    var headers = new Headers(init.headers || {});
                    if (token()) { headers.set("Authorization", "Bearer " + token()); }
                    if (platform()) { headers.set("X-DigitalPost-Platform", platform()); }
                    init.headers = headers;
                    return fetch(input, init);
                  }

                  var fetcher = GraphiQL.createFetcher({ url: httpUrl, wsClient: wsClient, fetch: authorisedFetch });
                  var root = ReactDOM.createRoot(document.getElementById("graphiql"));
                  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultEditorToolsVisibility: true }));
                })();
              </script>
            </body>
            </html>
            """;
    }
}
