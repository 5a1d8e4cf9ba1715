// placeholder until the web checker lands (replaced in this branch)
document.getElementById('root')!.textContent = 'phuluc';
