-- A headless Neovim (0.7+) attaches mldoc-lint-server --stdio to the current buffer and prints
-- the diagnostics it receives, one per line: "line:col code message". Exits 1 on timeout.
local server = os.getenv('MLDOC_SERVER')
local client_id = vim.lsp.start_client({
  name = 'mldoc',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.getcwd(),
})
vim.lsp.buf_attach_client(0, client_id)
local arrived = vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 20)
if not arrived then
  io.stdout:write('timeout: no diagnostics\n')
  vim.cmd('cquit 1')
end
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or '?'
  io.stdout:write(string.format('%d:%d %s %s\n', d.lnum + 1, d.col + 1, code, d.message))
end
vim.lsp.stop_client(client_id)
vim.cmd('qall!')
