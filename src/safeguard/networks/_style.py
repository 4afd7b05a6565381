"""The network page's shapes, legend, CSS and JavaScript (all inline: the page is offline)."""

from __future__ import annotations

# role -> (shape, fill); a person's role decides, else the kind of thing
_SHAPES = {
    "perpetrator": ("circle", "#c0392b"),
    "facilitator": ("diamond", "#e67e22"),
    "associate": ("circle", "#95a5a6"),
    "child": ("square", "#2471a3"),
    "place": ("house", "#1e8449"),
    "object": ("triangle", "#7d3c98"),
}


def _path(kind: str, fill: str) -> str:
    if kind == "circle":
        return f'<circle r="11" fill="{fill}"/>'
    if kind == "diamond":
        return f'<path d="M0,-13 L13,0 L0,13 L-13,0 Z" fill="{fill}"/>'
    if kind == "square":
        return f'<rect x="-10" y="-10" width="20" height="20" rx="3" fill="{fill}"/>'
    if kind == "house":
        return f'<path d="M-11,11 L-11,-3 L0,-13 L11,-3 L11,11 Z" fill="{fill}"/>'
    return f'<path d="M0,-13 L12,10 L-12,10 Z" fill="{fill}"/>'


def shape(role: str, kind: str) -> str:
    """The SVG shape for a node: by role (perpetrator, facilitator, ...), else by kind."""
    key = role.split(":")[0] if role.split(":")[0] in _SHAPES else "object"
    outline, fill = _SHAPES[key]
    mark = {"introducer": "I", "transporter": "T", "payee": "£", "premises": "H"}.get(
        role.split(":")[-1], ""
    )
    if kind in ("vehicle", "phone", "account") and key == "object":
        mark = {"vehicle": "V", "phone": "P", "account": "@"}[kind]
    text = f'<text class="mark" y="4">{mark}</text>' if mark else ""
    return _path(outline, fill) + text


_LEGEND_ROWS = (
    ("perpetrator", "perpetrator", "person"),
    (
        "facilitator:introducer",
        "facilitator (I introducer, T transporter, £ payee, H premises)",
        "person",
    ),
    ("associate", "associate (no involvement of their own shown)", "person"),
    ("child", "child", "person"),
    ("place", "place", "location"),
    ("object", "object (V vehicle, P phone, @ account)", "object"),
)
LEGEND = (
    '<svg class="legend" viewBox="0 0 600 170" role="img" aria-label="legend">'
    + "".join(
        f'<g transform="translate(18,{18 + 26 * i})">{shape(role, kind)}'
        f'<text x="22" y="5" text-anchor="start">{text}</text></g>'
        for i, (role, text, kind) in enumerate(_LEGEND_ROWS)
    )
    + "</svg>"
)

PAGE_CSS = """
body{font:14px/1.4 system-ui,sans-serif;margin:1rem 2rem;color:#222}
main{display:flex;gap:1rem;align-items:flex-start}
.drawing{flex:3}#graph{width:100%;border:1px solid #ccc;background:#fcfcfc}
.legend{width:600px}#info{flex:1;min-width:16rem;border:1px solid #ccc;padding:.5rem 1rem}
.edge{stroke:#7f8c8d;stroke-opacity:.7;cursor:pointer}
.edge:hover,.edge.on{stroke:#d35400;stroke-opacity:1}
.node{cursor:pointer}.node text{font-size:10px;text-anchor:middle;fill:#333}
.node text.mark,.legend text.mark{fill:#fff;font-weight:bold;font-size:11px;text-anchor:middle}
.node.on circle,.node.on path,.node.on rect{stroke:#000;stroke-width:3}
.dim{opacity:.25}table{border-collapse:collapse;margin:1rem 0}
td,th{border:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top}
caption{text-align:left;font-weight:bold}
"""

PAGE_JS = """
(function(){
  var data = JSON.parse(document.getElementById('network-data').textContent);
  var info = document.getElementById('info');
  function esc(s){return String(s==null?'':s).replace(/[&<>"]/g,function(c){
    return {'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c];});}
  function name(id){for(var i=0;i<data.nodes.length;i++){if(data.nodes[i].id===id){
    return data.nodes[i].label||data.nodes[i].kind;}}return id;}
  function clear(){document.querySelectorAll('.on,.dim').forEach(function(el){
    el.classList.remove('on');el.classList.remove('dim');});}
  function showEdge(i){
    var e=data.edges[i], html='<h2>Edge</h2>';
    e.evidence.forEach(function(v){
      html+='<p><b>'+esc(v.type)+'</b>: '+esc(name(v.from))+' &rarr; '+esc(name(v.to))+
        '<br>from '+esc(v.first)+' to '+esc(v.last)+'<br>records: '+
        v.records.map(esc).join(', ')+'</p>';});
    info.innerHTML=html;}
  function showNode(i){
    var n=data.nodes[i];
    info.innerHTML='<h2>'+esc(n.label||(n.identified?n.kind:'unidentified'))+'</h2><p>'+
      esc(n.kind)+', role <b>'+esc(n.role)+'</b><br>'+(n.criterion?esc(n.criterion)+'<br>':'')+
      esc(n.records)+' record(s)<br><small>'+esc(n.id)+'</small></p>';}
  document.querySelectorAll('.edge').forEach(function(el){
    var i=+el.getAttribute('data-edge');
    el.addEventListener('mouseenter',function(){showEdge(i);});
    el.addEventListener('click',function(){clear();el.classList.add('on');showEdge(i);});});
  document.querySelectorAll('.node').forEach(function(el){
    var i=+el.getAttribute('data-node');
    el.addEventListener('mouseenter',function(){showNode(i);});
    el.addEventListener('click',function(){
      clear();el.classList.add('on');showNode(i);
      document.querySelectorAll('.edge').forEach(function(line){
        var e=data.edges[+line.getAttribute('data-edge')];
        if(e.a!==i&&e.b!==i){line.classList.add('dim');}});});});
})();
"""
